namespace Stakeholders.Network.Algorithms;

/// <summary>
/// A lazily built lookup held by a result record. It compares equal to every other cache, so a record's value equality
/// does not depend on whether a lookup was already built.
/// </summary>
internal sealed class ResultCache<T>
    where T : class
{
    private T? _value;

    public T Get(Func<T> build) => _value ??= build();

    public override bool Equals(object? obj) => obj is ResultCache<T>;

    public override int GetHashCode() => 0;
}
