using System.Globalization;

namespace Stakeholders.Network.IO;

/// <summary>
/// Limits and strictness for reading a network file (<see cref="NetworkFile.Read(string, NetworkFormat?, NetworkReadOptions)"/>).
/// The defaults are generous: they stop a hostile or broken file from exhausting memory, not a real network.
/// </summary>
/// <remarks>
/// A file beyond a limit is refused with a <see cref="NetworkFormatException"/> at the place the limit was crossed, naming
/// the limit and the CLI option that raises it. Declared sizes (Pajek's <c>*Vertices n</c>) are checked against the
/// limits before anything is allocated for them. See <c>docs/formats.md</c>, "Limits and guarantees".
/// </remarks>
public sealed record NetworkReadOptions
{
    /// <summary>The default <see cref="MaxStakeholders"/>: 2,000,000.</summary>
    public const int DefaultMaxStakeholders = 2_000_000;

    /// <summary>The default <see cref="MaxTies"/>: 20,000,000.</summary>
    public const int DefaultMaxTies = 20_000_000;

    /// <summary>The default <see cref="MaxStringLength"/>: 1,048,576 characters.</summary>
    public const int DefaultMaxStringLength = 1 << 20;

    /// <summary>The default <see cref="MaxDepth"/>: 256 levels.</summary>
    public const int DefaultMaxDepth = 256;

    /// <summary>The defaults: strict, with the default limits.</summary>
    public static NetworkReadOptions Default { get; } = new();

    /// <summary>The most stakeholders (vertices) a file may hold or declare (CLI <c>--max-stakeholders</c>).</summary>
    public int MaxStakeholders { get; init; } = DefaultMaxStakeholders;

    /// <summary>The most ties (edges, arcs, links) a file may hold (CLI <c>--max-ties</c>).</summary>
    public int MaxTies { get; init; } = DefaultMaxTies;

    /// <summary>The longest id, name, description, quote or attribute value, in UTF-16 characters (CLI <c>--max-string-length</c>).</summary>
    public int MaxStringLength { get; init; } = DefaultMaxStringLength;

    /// <summary>The deepest nesting of JSON values or XML elements (CLI <c>--max-depth</c>).</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>
    /// Turns the recoverable structural problems into warnings instead of errors (CLI <c>--lenient</c>): a node-link
    /// <c>"links"</c> that is not an array (read as no links), a Pajek vertex listed twice (the last label wins), a second
    /// top-level GraphML <c>&lt;graph&gt;</c> (ignored), an unknown GraphML <c>attr.type</c> (read as a string).
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>Receives each warning (<c>file:line:column: reason</c>) of a lenient read; null to drop them.</summary>
    public Action<string>? Warning { get; init; }

    /// <summary>Checks that every limit is positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStakeholders);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTies);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStringLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDepth);
    }

    /// <summary>The error for a file beyond a limit.</summary>
    internal static NetworkFormatException Exceeded(string file, int line, int column, string what, int limit, string option) =>
        new(file, Math.Max(line, 1), Math.Max(column, 1),
            string.Create(CultureInfo.InvariantCulture, $"{what} exceeds the reader limit of {limit:N0} (raise it with {option})"));

    /// <summary>
    /// A recoverable structural problem: an error when strict, a warning (and null returned) when lenient.
    /// </summary>
    internal NetworkFormatException? Recoverable(string file, int line, int column, string reason)
    {
        if (!Lenient)
        {
            return new NetworkFormatException(file, Math.Max(line, 1), Math.Max(column, 1), reason + " (--lenient reads past it with a warning)");
        }

        Warning?.Invoke($"{NetworkFormatException.Location(file, Math.Max(line, 1), Math.Max(column, 1))}: {reason}");
        return null;
    }
}

/// <summary>
/// The options of the read in progress on this thread (or async flow), so every reader and the builder it fills see
/// them without each public reader method growing a parameter; <see cref="NetworkReadOptions.Default"/> outside a read.
/// </summary>
internal static class ReadScope
{
    private static readonly AsyncLocal<NetworkReadOptions?> Active = new();

    public static NetworkReadOptions Current => Active.Value ?? NetworkReadOptions.Default;

    public static Scope Use(NetworkReadOptions options)
    {
        var previous = Active.Value;
        Active.Value = options;
        return new Scope(previous);
    }

    internal readonly struct Scope(NetworkReadOptions? previous) : IDisposable
    {
        public void Dispose() => Active.Value = previous;
    }
}
