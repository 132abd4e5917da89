namespace SimCluster.Grains;

/// <summary>
/// Guards a grain's step calls: the next step runs once; the same step again (a retried call) returns the cached
/// result instead of advancing twice; anything else is a bug in the caller and fails loudly.
/// </summary>
internal sealed class StepSequence<T>(string owner)
{
    private long _last;
    private T? _result;

    /// <summary>Runs <paramref name="advance"/> for <paramref name="step"/> if it is the next one.</summary>
    public T Run(long step, Func<T> advance)
    {
        if (step == _last && _last > 0) return _result!;
        if (step != _last + 1) throw new InvalidOperationException($"{owner}: asked for step {step} after step {_last}");
        _result = advance();
        _last = step;
        return _result;
    }
}
