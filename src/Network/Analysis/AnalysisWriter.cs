using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Stakeholders.Network.IO;

namespace Stakeholders.Network.Analysis;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as the JSON of the CLI contract (see ARCHITECTURE.md) or as CSV with one column
/// per measure. Field names are the contract; NaN scores are written as JSON <c>null</c> and as empty CSV cells.
/// </summary>
public static class AnalysisWriter
{
    /// <summary>Writes the contract JSON (indented, UTF-8, invariant culture).</summary>
    public static void WriteJson(AnalysisResult result, Stream stream, bool includeTimings = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();

        w.WriteStartObject("network");
        w.WriteNumber("nodes", result.Network.Nodes);
        w.WriteNumber("edges", result.Network.Edges);
        w.WriteBoolean("directed", result.Network.Directed);
        w.WriteBoolean("weighted", result.Network.Weighted);
        w.WriteString("inputSha256", result.Network.InputSha256);
        w.WriteEndObject();

        w.WriteStartObject("provenance");
        w.WriteString("tool", result.Provenance.Tool);
        w.WriteString("version", result.Provenance.Version);
        w.WriteStartObject("parameters");
        w.WriteStartArray("measures");
        foreach (var m in result.Measures)
        {
            w.WriteStringValue(m);
        }

        w.WriteEndArray();
        foreach (var (k, v) in result.Provenance.Parameters)
        {
            if (k != "measures")
            {
                w.WriteString(k, v);
            }
        }

        w.WriteEndObject();
        w.WriteNumber("seed", result.Provenance.Seed);
        w.WriteEndObject();

        w.WriteStartArray("nodes");
        foreach (var row in result.Nodes)
        {
            w.WriteStartObject();
            w.WriteString("id", row.Id);
            w.WriteString("label", row.Label);
            if (row.Kind is not null)
            {
                w.WriteString("kind", row.Kind);
            }

            foreach (var m in result.Measures)
            {
                var value = row.Scores[m];
                if (double.IsFinite(value))
                {
                    w.WriteNumber(m, value);
                }
                else
                {
                    w.WriteNull(m);
                    w.WriteString(m + "Undefined", MeasureCatalog.UndefinedReason(m, value));
                }
            }

            if (result.Communities is { } c)
            {
                w.WriteNumber("community", c.Membership[row.Vertex]);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        if (result.Communities is { } communities)
        {
            w.WriteStartObject("communities");
            w.WriteString("algorithm", communities.Algorithm);
            w.WriteNumber("count", communities.Count);
            if (double.IsFinite(communities.Modularity))
            {
                w.WriteNumber("modularity", communities.Modularity);
            }
            else
            {
                w.WriteNull("modularity");
                w.WriteString("modularityUndefined", MeasureCatalog.ModularityUndefinedReason(result.Network.Edges, communities.Modularity));
            }

            w.WriteStartObject("membership");
            foreach (var row in result.Nodes)
            {
                w.WriteNumber(row.Id, communities.Membership[row.Vertex]);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        if (result.Uncertainty is { } uncertainty)
        {
            WriteUncertainty(w, uncertainty);
        }

        if (result.Warnings.Count > 0)
        {
            w.WriteStartArray("warnings");
            foreach (var warning in result.Warnings)
            {
                w.WriteStringValue(warning);
            }

            w.WriteEndArray();
        }

        if (includeTimings)
        {
            w.WriteStartObject("timingsMs");
            foreach (var (k, v) in result.TimingsMs)
            {
                w.WriteNumber(k, Math.Round(v, 3));
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteUncertainty(Utf8JsonWriter w, UncertaintyResult u)
    {
        w.WriteStartObject("uncertainty");
        w.WriteNumber("samples", u.Options.Replicates);
        w.WriteNumber("level", u.Options.Level);
        w.WriteNumber("topK", u.Options.TopK);
        w.WriteNumber("seed", u.Options.Seed);
        w.WriteString("confidence", u.Options.Confidence.ToName());
        w.WriteNumber("meanTiesPresent", Math.Round(u.MeanTies, 3));
        if (u.CommunityAlgorithm is not null)
        {
            w.WriteString("communities", u.CommunityAlgorithm);
            w.WriteString("coMembershipPairs", u.CoMembershipAllPairs ? "all" : "tied");
            w.WriteStartArray("coMembership");
            foreach (var pair in u.CoMembership)
            {
                w.WriteStartObject();
                w.WriteString("a", pair.First);
                w.WriteString("b", pair.Second);
                w.WriteNumber("probability", pair.Probability);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>The contract JSON as a string.</summary>
    public static string ToJson(AnalysisResult result, bool includeTimings = true)
    {
        using var stream = new MemoryStream();
        WriteJson(result, stream, includeTimings);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Writes one row per stakeholder: <c>id,label,kind,&lt;measures…&gt;[,community]</c>. Text cells are quoted as RFC 4180
    /// requires, and cells that a spreadsheet would run as a formula are prefixed with <c>'</c>.
    /// </summary>
    public static void WriteCsv(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var header = new List<string> { "id", "label", "kind" };
        header.AddRange(result.Measures);
        if (result.Communities is not null)
        {
            header.Add("community");
        }

        writer.Write(string.Join(",", header.Select(CsvCell)));
        writer.Write('\n');
        foreach (var row in result.Nodes)
        {
            var cells = new List<string> { CsvCell(row.Id), CsvCell(row.Label), CsvCell(row.Kind ?? string.Empty) };
            cells.AddRange(result.Measures.Select(m => row.Scores[m] is var x && double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : string.Empty));
            if (result.Communities is { } c)
            {
                cells.Add(c.Membership[row.Vertex].ToString(CultureInfo.InvariantCulture));
            }

            writer.Write(string.Join(",", cells));
            writer.Write('\n');
        }
    }

    /// <summary>Writes the result to a file, JSON or CSV by extension, atomically.</summary>
    public static void WriteFile(AnalysisResult result, string path, bool includeTimings = true)
    {
        var csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        AtomicFile.Write(path, stream =>
        {
            if (csv)
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                WriteCsv(result, writer);
            }
            else
            {
                WriteJson(result, stream, includeTimings);
            }
        });
    }

    private static string CsvCell(string value)
    {
        value = CsvCodec.Neutralize(value);
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
