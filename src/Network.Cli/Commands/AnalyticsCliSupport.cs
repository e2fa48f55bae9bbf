using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Stakeholders.Network;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Cli.Commands;

/// <summary>What the analytics commands (ego, path, compare, stability, brokers, keyplayers) share: error mapping, JSON, numbers.</summary>
internal static class AnalyticsCliSupport
{
    public static Option<bool> JsonOption() => new("--json") { Description = "Write machine-readable JSON instead of text." };

    /// <summary>
    /// Runs a command body: an unknown stakeholder id is bad input (exit 1, one line naming the id); everything else as
    /// <see cref="CommandRunner"/>.
    /// </summary>
    public static int Run(CliContext context, Func<int> body) => CommandRunner.Run(context, () =>
    {
        try
        {
            return body();
        }
        catch (UnknownStakeholderException e)
        {
            context.Error.WriteLine($"stakeholders: {e.Message}");
            return StakeholdersCli.BadInput;
        }
    });

    /// <summary>
    /// Runs a computation whose options came from the command line: an option the library refuses
    /// (<see cref="ArgumentException"/>, e.g. a negative radius or k larger than the network) is bad usage (exit 2).
    /// Only wrap the computation, never the reading of the input, whose errors are bad input.
    /// </summary>
    public static T Checked<T>(Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (ArgumentException e) when (e is not ArgumentNullException and not InvalidOptionException)
        {
            throw new CliUsageException(CommandRunner.OneLine(e.Message), e);
        }
    }

    /// <summary>Reads the input and projects it with the shared projection options.</summary>
    public static NetworkProjection Project(ParseResult parse, Argument<string> input, Option<string?> format, ProjectionCliOptions projection, Func<ProjectionOptions, ProjectionOptions>? adjust = null)
    {
        var network = InputOptions.Read(parse, parse.GetValue(input)!, parse.GetValue(format));
        var options = projection.Read(parse, network, out network);
        return NetworkProjection.Project(network, adjust is null ? options : adjust(options));
    }

    /// <summary>Builds indented JSON.</summary>
    public static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Writes a number, or — JSON has neither NaN nor infinity — null with a sibling <c>&lt;name&gt;Undefined</c> holding
    /// <paramref name="undefinedReason"/>: why this value has none, in words (for a catalogue measure,
    /// <see cref="MeasureCatalog.UndefinedReason"/>).
    /// </summary>
    public static void Number(Utf8JsonWriter writer, string name, double value, string undefinedReason)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
            writer.WriteString(name + "Undefined", undefinedReason);
        }
    }

    /// <summary>A number for people: up to four decimals, invariant culture; "n/a" for NaN.</summary>
    public static string Fmt(double value) =>
        double.IsNaN(value) ? "n/a" : double.IsPositiveInfinity(value) ? "∞" : value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Writes a tie's evidence as a JSON array.</summary>
    public static void Evidence(Utf8JsonWriter w, IReadOnlyList<Evidence> evidence)
    {
        w.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("document", e.DocumentId);
            w.WriteString("quote", e.Quote);
            if (e.Url is not null)
            {
                w.WriteString("url", e.Url.ToString());
            }

            if (e.Offset is { } offset)
            {
                w.WriteNumber("offset", offset);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Reads a measure name or fails with the list of known ones.</summary>
    public static string Measure(string? name)
    {
        name ??= "degree";
        return MeasureCatalog.TryGet(name, out var d)
            ? d.Name
            : throw new CliUsageException($"unknown measure '{name}'; known measures: {string.Join(", ", MeasureCatalog.Names)}");
    }

    /// <summary>A display label for a stakeholder: "Name (id)".</summary>
    public static string Label(Stakeholder s) => $"{s.Name} ({s.Id})";
}
