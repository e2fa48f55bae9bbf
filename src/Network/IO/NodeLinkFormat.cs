using System.Globalization;
using System.Text;
using System.Text.Json;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// Node-link JSON (<c>.nodelink.json</c>, name <c>node-link</c>): the shape NetworkX's <c>node_link_data</c> produces and
/// D3's force layout reads: <c>{"directed", "multigraph", "graph", "nodes": [{"id", ...}],
/// "links": [{"source", "target", ...}]}</c>. See <c>docs/formats.md</c>.
/// </summary>
/// <remarks>
/// <para>Writing: <c>directed</c> is false unless <see cref="NetworkExportOptions.Directed"/> or the exported projection
/// says directed; <c>multigraph</c> is true when two written ties join the same pair (ordered when directed, unordered when
/// not); NetworkX's <c>node_link_graph</c> then numbers parallel links itself (the tie id is the link's <c>id</c>). Nodes carry <c>id</c>,
/// <c>label</c> (the name, written once, as front-end libraries look for it),
/// <c>kind</c>, <c>organizationType</c>, <c>aliases</c>, <c>description</c>, <c>x</c>/<c>y</c> when positions are given, each
/// score as a JSON number (null when undefined) and <c>community</c> when an analysis is exported, <c>attributes</c>;
/// links carry <c>source</c>, <c>target</c>, <c>id</c>, <c>type</c>, <c>role</c>, <c>start</c>, <c>end</c>, <c>weight</c>
/// (the strength), <c>confidence</c>, <c>evidence</c>, <c>attributes</c>; <c>graph</c> carries <c>title</c>,
/// <c>description</c> and <c>documents</c>. Members equal to what the reader assumes are left out: the link <c>id</c>
/// <c>source|type|target</c>, <c>weight</c> and <c>confidence</c> 1, an open <c>end</c>. Deterministic like the native writer.</para>
/// <para>Reading accepts the same, and files from other tools: ids may be numbers; a missing <c>name</c> falls back to
/// <c>label</c>, then the id; a missing <c>kind</c> is person, a missing <c>type</c> is <c>TIE</c>; <c>strength</c> is
/// accepted for <c>weight</c>; a link end may be a node id, a node object with an <c>id</c> (as D3 leaves them), or an
/// integer index into <c>nodes</c> when no node has that id. Other scalar fields of nodes and links become attributes.</para>
/// </remarks>
public static class NodeLinkFormat
{
    internal static readonly HashSet<string> NodeFields = new(StringComparer.Ordinal) { "id", "name", "label", "kind", "organizationType", "aliases", "description", "attributes", "x", "y" };

    internal static readonly HashSet<string> LinkFields = new(StringComparer.Ordinal)
    {
        "source", "target", "key", "id", "type", "label", "role", "start", "end", "weight", "strength", "confidence", "evidence", "attributes",
    };

    /// <summary>Writes a network as node-link JSON, atomically, undirected (see <see cref="NetworkExportOptions"/>).</summary>
    public static void Write(StakeholderNetwork network, string path)
    {
        ArgumentNullException.ThrowIfNull(network);
        Write(ExportView.Of(network), path);
    }

    /// <summary>Writes a network as node-link JSON to a stream (left open), UTF-8 without BOM, undirected.</summary>
    public static void Write(StakeholderNetwork network, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(network);
        Write(ExportView.Of(network), stream);
    }

    internal static void Write(ExportView view, string path) => AtomicFile.Write(path, stream => Write(view, stream));

    internal static void Write(ExportView view, Stream stream) => JsonWriting.WriteDocument(stream, view.Options.Indented, w =>
    {
        var network = view.Network;
        w.WriteStartObject();
        w.WriteBoolean("directed", view.Directed);
        w.WriteBoolean("multigraph", view.Multigraph);
        w.WriteStartObject("graph");
        JsonWriting.WriteOptional(w, "title", network.Title);
        JsonWriting.WriteOptional(w, "description", view.Description);
        if (network.Documents.Count > 0)
        {
            w.WritePropertyName("documents");
            w.WriteRawValue(FlatModel.DocumentsJson(network.Documents));
        }

        w.WriteEndObject();
        w.WriteStartArray("nodes");
        foreach (var s in view.Stakeholders)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            JsonWriting.WriteExportedNode(w, view, s, withPosition: true);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("links");
        foreach (var t in view.Ties)
        {
            w.WriteStartObject();
            w.WriteString("source", t.Source);
            w.WriteString("target", t.Target);
            if (!IsDerivedId(t))
            {
                w.WriteString("id", t.Id);
            }

            w.WriteString("type", t.Type.Name);
            JsonWriting.WriteTieFields(w, t, omitDefaults: true);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>
    /// Whether a tie's id is the one a reader derives for a link without one (<c>source|type|target</c>): such an id is
    /// left out, and reading the file back gives the tie the same id.
    /// </summary>
    private static bool IsDerivedId(Tie t) => t.Id == string.Concat(t.Source, "|", t.Type.Name, "|", t.Target);

    /// <summary>The node-link JSON text of a network.</summary>
    public static string Serialize(StakeholderNetwork network)
    {
        using var buffer = new MemoryStream();
        Write(network, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a node-link JSON file.</summary>
    public static StakeholderNetwork Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads node-link JSON text.</summary>
    public static StakeholderNetwork Parse(string json, string sourceName = "<string>")
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>Reads node-link JSON from UTF-8 bytes.</summary>
    /// <exception cref="NetworkFormatException">The text is not JSON or not node-link shaped.</exception>
    /// <exception cref="NetworkValidationException">The content has problems; every one is listed with its line and column.</exception>
    public static StakeholderNetwork Read(ReadOnlyMemory<byte> utf8, string sourceName) =>
        NodeLinkStream.TryRead(utf8) ?? ReadPositioned(utf8, sourceName);

    /// <summary>
    /// The reader that knows where everything is: it parses the whole file into a positioned tree first, so every
    /// problem names its file, line and column. <see cref="Read(ReadOnlyMemory{byte}, string)"/> uses it only for the
    /// files the streaming reader (<see cref="NodeLinkStream"/>) declines: those with a problem, and unusual layouts.
    /// </summary>
    internal static StakeholderNetwork ReadPositioned(ReadOnlyMemory<byte> utf8, string sourceName)
    {
        var root = PositionedJson.Parse(utf8, sourceName, out var positions);
        string Where(JsonValue v)
        {
            var (line, column) = positions.At(v.Offset);
            return NetworkFormatException.Location(sourceName, line, column);
        }

        if (root.Type != JsonValueType.Object || root.Property("nodes") is not { Value.Type: JsonValueType.Array } nodesProperty)
        {
            var (line, column) = positions.At(root.Offset);
            throw new NetworkFormatException(sourceName, line, column, "expected an object with a \"nodes\" array (node-link JSON)");
        }

        var builder = StakeholderNetworkBuilder.ForReading();
        if (root.Property("graph") is { Value.Type: JsonValueType.Object } graph)
        {
            ApplyGraph(builder, graph.Value, Where);
        }

        var ids = new List<string>();
        foreach (var node in nodesProperty.Value.Items)
        {
            if (node.Type != JsonValueType.Object)
            {
                builder.ReportProblem(Where(node), $"expected a node (an object), found {node.Describe()}");
                ids.Add(string.Empty);
                continue;
            }

            var id = node.Property("id")?.Value.ScalarText();
            ids.Add(id ?? string.Empty);
            if (id is null)
            {
                builder.ReportProblem(Where(node), "a node has no \"id\" (a string or number)");
                continue;
            }

            var values = new Dictionary<string, FlatValue>(StringComparer.Ordinal);
            Scalar(node, "name", "name", values, Where);
            Scalar(node, "label", "label", values, Where);
            Scalar(node, "kind", "kind", values, Where);
            Scalar(node, "organizationType", "organization_type", values, Where);
            Scalar(node, "description", "description", values, Where);
            if (node.Property("aliases") is { Value.Type: JsonValueType.Array } aliases)
            {
                values["aliases"] = new FlatValue(ToJsonText(aliases.Value), Where(aliases.Value));
            }

            Extras(node, NodeFields, values, Where, builder, FlatModel.NodeAttributeName);
            FlatModel.AddStakeholder(builder, id, values, Where(node));
        }

        var idSet = new HashSet<string>(ids, StringComparer.Ordinal);
        var links = root.Property("links") ?? root.Property("edges");
        if (links is { Value.Type: not JsonValueType.Array })
        {
            var (line, column) = positions.At(links.Value.Offset);
            if (ReadScope.Current.Recoverable(sourceName, line, column, $"\"{links.Name}\" must be an array of links, found {links.Value.Describe()}") is { } notArray)
            {
                throw notArray;
            }
        }

        foreach (var link in links?.Value.Items ?? [])
        {
            if (link.Type != JsonValueType.Object)
            {
                builder.ReportProblem(Where(link), $"expected a link (an object), found {link.Describe()}");
                continue;
            }

            var source = End(link, "source");
            var target = End(link, "target");
            if (source is null || target is null)
            {
                builder.ReportProblem(Where(link), "a link needs a \"source\" and a \"target\"");
                continue;
            }

            var values = new Dictionary<string, FlatValue>(StringComparer.Ordinal);
            foreach (var name in new[] { "type", "label", "role", "start", "end", "weight", "strength", "confidence" })
            {
                Scalar(link, name, name, values, Where, keepNullAsEmpty: name is "start" or "end");
            }

            if (link.Property("evidence") is { Value.Type: JsonValueType.Array } evidence)
            {
                values["evidence"] = new FlatValue(ToJsonText(evidence.Value), Where(evidence.Value));
            }

            Extras(link, LinkFields, values, Where, builder, FlatModel.EdgeAttributeName);
            var id = link.Property("id")?.Value.ScalarText() ?? link.Property("key")?.Value.ScalarText();
            FlatModel.AddTie(builder, id, source, target, values, Where(link));
        }

        return builder.Build();

        string? End(JsonValue link, string name)
        {
            var value = link.Property(name)?.Value;
            if (value is null)
            {
                return null;
            }

            if (value.Type == JsonValueType.Object)
            {
                return value.Property("id")?.Value.ScalarText();
            }

            var text = value.ScalarText();
            if (value.Type == JsonValueType.Number && text is not null && !idSet.Contains(text)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < ids.Count)
            {
                return ids[index];
            }

            return text;
        }
    }

    /// <summary>Reads the <c>graph</c> object (title, description, documents) into the builder.</summary>
    internal static void ApplyGraph(StakeholderNetworkBuilder builder, JsonValue graph, Func<JsonValue, string> where)
    {
        builder.Title = graph.Property("title")?.Value.ScalarText();
        builder.Description = graph.Property("description")?.Value.ScalarText();
        if (graph.Property("documents") is { } documents)
        {
            var values = new Dictionary<string, FlatValue>(StringComparer.Ordinal)
            {
                ["documents"] = new FlatValue(ToJsonText(documents.Value), where(documents.Value)),
            };
            FlatModel.ApplyGraphValues(builder, values);
        }
    }

    private static void Scalar(JsonValue obj, string name, string key, Dictionary<string, FlatValue> values, Func<JsonValue, string> where, bool keepNullAsEmpty = false)
    {
        if (obj.Property(name) is not { } p)
        {
            return;
        }

        if (p.Value.ScalarText() is { } text)
        {
            values[key] = new FlatValue(text, where(p.Value));
        }
        else if (keepNullAsEmpty && p.Value.Type == JsonValueType.Null)
        {
            values[key] = new FlatValue(string.Empty, where(p.Value));
        }
    }

    private static void Extras(JsonValue obj, HashSet<string> known, Dictionary<string, FlatValue> values, Func<JsonValue, string> where, StakeholderNetworkBuilder builder, Func<string, string> mangle)
    {
        if (obj.Property("attributes") is { } attributes)
        {
            if (attributes.Value.Type != JsonValueType.Object)
            {
                builder.ReportProblem(where(attributes.Value), $"\"attributes\" must be an object, found {attributes.Value.Describe()}");
            }
            else
            {
                foreach (var a in attributes.Value.Properties)
                {
                    if (a.Value.ScalarText() is { } text)
                    {
                        values[mangle(a.Name)] = new FlatValue(text, where(a.Value));
                    }
                    else
                    {
                        builder.ReportProblem(where(a.Value), $"attribute '{a.Name}' must be a string, number or boolean, found {a.Value.Describe()}");
                    }
                }
            }
        }

        // Top-level scalars other tools put beside the known fields (NetworkX flattens node data this way).
        foreach (var p in obj.Properties)
        {
            if (!known.Contains(p.Name) && p.Value.ScalarText() is { } text && !values.ContainsKey(mangle(p.Name)))
            {
                values[mangle(p.Name)] = new FlatValue(text, where(p.Value));
            }
        }
    }

    private static string ToJsonText(JsonValue value)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            WriteValue(w, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter w, JsonValue value)
    {
        switch (value.Type)
        {
            case JsonValueType.Object:
                w.WriteStartObject();
                foreach (var p in value.Properties)
                {
                    w.WritePropertyName(p.Name);
                    WriteValue(w, p.Value);
                }

                w.WriteEndObject();
                break;
            case JsonValueType.Array:
                w.WriteStartArray();
                foreach (var item in value.Items)
                {
                    WriteValue(w, item);
                }

                w.WriteEndArray();
                break;
            case JsonValueType.String:
                w.WriteStringValue(value.Text);
                break;
            case JsonValueType.Number:
                w.WriteRawValue(value.Text!);
                break;
            case JsonValueType.True:
                w.WriteBooleanValue(true);
                break;
            case JsonValueType.False:
                w.WriteBooleanValue(false);
                break;
            default:
                w.WriteNullValue();
                break;
        }
    }
}
