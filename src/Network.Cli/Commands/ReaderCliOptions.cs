using System.CommandLine;
using System.Globalization;
using Stakeholders.Network.IO;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// The reader limits and <c>--lenient</c>, accepted by every command that reads a network (recursive options of the
/// root command), turned into <see cref="NetworkReadOptions"/>.
/// </summary>
internal sealed class ReaderCliOptions
{
    public Option<int?> MaxStakeholders { get; } = new("--max-stakeholders")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Reader limit: the most stakeholders (vertices) a file may hold or declare (default {NetworkReadOptions.DefaultMaxStakeholders:N0})."),
        Recursive = true,
    };

    public Option<int?> MaxTies { get; } = new("--max-ties")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Reader limit: the most ties a file may hold (default {NetworkReadOptions.DefaultMaxTies:N0})."),
        Recursive = true,
    };

    public Option<int?> MaxStringLength { get; } = new("--max-string-length")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Reader limit: the longest id, name, quote or attribute value in characters (default {NetworkReadOptions.DefaultMaxStringLength:N0})."),
        Recursive = true,
    };

    public Option<int?> MaxDepth { get; } = new("--max-depth")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Reader limit: the deepest nesting of JSON values or XML elements (default {NetworkReadOptions.DefaultMaxDepth})."),
        Recursive = true,
    };

    public Option<bool> Lenient { get; } = new("--lenient")
    {
        Description = "Read past recoverable structural problems (a node-link \"links\" that is not an array, a Pajek vertex listed twice, "
            + "a second GraphML <graph>, an unknown GraphML attr.type) with a warning instead of an error; info lists the warnings.",
        Recursive = true,
    };

    /// <summary>The warnings of the lenient reads of this run, in order.</summary>
    public List<string> Warnings { get; } = [];

    public void AddTo(Command root)
    {
        root.Options.Add(MaxStakeholders);
        root.Options.Add(MaxTies);
        root.Options.Add(MaxStringLength);
        root.Options.Add(MaxDepth);
        root.Options.Add(Lenient);
    }

    /// <summary>The read options the command line asks for.</summary>
    /// <exception cref="CliUsageException">A limit is not a positive number.</exception>
    public NetworkReadOptions Read(ParseResult parse)
    {
        return new NetworkReadOptions
        {
            MaxStakeholders = Positive(MaxStakeholders, NetworkReadOptions.DefaultMaxStakeholders),
            MaxTies = Positive(MaxTies, NetworkReadOptions.DefaultMaxTies),
            MaxStringLength = Positive(MaxStringLength, NetworkReadOptions.DefaultMaxStringLength),
            MaxDepth = Positive(MaxDepth, NetworkReadOptions.DefaultMaxDepth),
            Lenient = parse.GetValue(Lenient),
            Warning = Warnings.Add,
        };

        int Positive(Option<int?> option, int fallback) =>
            parse.GetValue(option) switch
            {
                null => fallback,
                > 0 and var value => value,
                var value => throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"{option.Name} {value}: a limit must be a positive number")),
            };
    }
}
