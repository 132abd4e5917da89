namespace SimCluster.Abstractions;

/// <summary>One batch of a sweep: the request and the batch's number. The batch computes its own runs from them.</summary>
[GenerateSerializer, Immutable, Alias("SimCluster.BatchWork")]
public sealed record BatchWork([property: Id(0)] SweepRequest Request, [property: Id(1)] int Batch);
