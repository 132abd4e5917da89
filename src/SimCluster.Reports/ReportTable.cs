namespace SimCluster.Reports;

/// <summary>A table for the report: a caption, headers and rows of already formatted cells.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
