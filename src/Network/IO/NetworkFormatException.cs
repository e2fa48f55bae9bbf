using System.Globalization;

namespace Stakeholders.Network.IO;

/// <summary>
/// Thrown when a file cannot be read as a network: says which file, where in it (line and column, 1-based, when known)
/// and why.
/// </summary>
public sealed class NetworkFormatException : Exception
{
    /// <summary>Creates the exception for a place in a file.</summary>
    /// <param name="file">The file name or path as the user gave it (or <c>&lt;stdin&gt;</c>).</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    /// <param name="reason">What is wrong, in one sentence.</param>
    /// <param name="innerException">The underlying parser error, if any.</param>
    public NetworkFormatException(string file, int line, int column, string reason, Exception? innerException = null)
        : base(Describe(file, line, column, reason), innerException)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Creates the exception with a bare message.</summary>
    public NetworkFormatException()
        : this("<input>", 0, 0, "The input is not a valid network file.")
    {
    }

    /// <summary>Creates the exception with a bare message.</summary>
    public NetworkFormatException(string message)
        : this("<input>", 0, 0, message)
    {
    }

    /// <summary>Creates the exception with a bare message and its cause.</summary>
    public NetworkFormatException(string message, Exception innerException)
        : this("<input>", 0, 0, message, innerException)
    {
    }

    /// <summary>The file name or path as the user gave it.</summary>
    public string File { get; }

    /// <summary>The 1-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }

    /// <summary>The <c>file:line:column</c> prefix used in messages.</summary>
    internal static string Location(string file, int line, int column) =>
        line <= 0 ? file : column <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}") : string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}");

    /// <summary>Splits a <c>file:line:column</c> (or <c>file:line</c>) location back into its parts; line and column are at least 1.</summary>
    internal static (string File, int Line, int Column) ParseLocation(string? location)
    {
        if (string.IsNullOrEmpty(location))
        {
            return ("<input>", 1, 1);
        }

        var last = location.LastIndexOf(':');
        if (last > 0 && int.TryParse(location.AsSpan(last + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var tail))
        {
            var before = location.LastIndexOf(':', last - 1);
            if (before > 0 && int.TryParse(location.AsSpan(before + 1, last - before - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line))
            {
                return (location[..before], Math.Max(line, 1), Math.Max(tail, 1));
            }

            return (location[..last], Math.Max(tail, 1), 1);
        }

        return (location, 1, 1);
    }

    private static string Describe(string file, int line, int column, string reason) => $"{Location(file, line, column)}: {reason}";
}
