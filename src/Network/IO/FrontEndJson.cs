using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// The JSON shapes front-end graph libraries load as they are: Cytoscape.js elements and graphology's serialized graph.
/// Both are write-only (read the native JSON, GraphML or node-link back instead). See <c>docs/formats.md</c>.
/// </summary>
/// <remarks>
/// <para>Cytoscape.js (<c>cytoscape</c>): <c>{"data": {title, description, directed, multigraph}, "elements": {"nodes":
/// [{"data": {id, label, ...}, "position": {x, y}}], "edges": [{"data": {id, source, target, type, ...}}]}}</c>, the
/// shape <c>cy.json()</c> produces and <c>cytoscape({elements})</c> / <c>cy.json(json)</c> accept. Cytoscape.js wants one id
/// space for nodes and edges: a tie id equal to a stakeholder id is written as <c>tie:</c> + id.</para>
/// <para>graphology (<c>graphology</c>): <c>{"attributes", "options": {type, multi, allowSelfLoops}, "nodes": [{key,
/// attributes}], "edges": [{key, source, target, undirected, attributes}]}</c>, the shape <c>graph.export()</c> produces and
/// <c>Graph.from(json)</c> / <c>graph.import(json)</c> accept. The tie type is the edge attribute <c>tieType</c>, because
/// sigma.js reads <c>type</c> as the name of an edge renderer.</para>
/// <para>Node data in both: <c>label</c> (the name), <c>name</c>, <c>kind</c>, <c>organizationType</c>, <c>aliases</c>,
/// <c>description</c>, each score as a number (null when undefined) and <c>community</c> when an analysis is exported,
/// <c>x</c>/<c>y</c> (graphology) when positions are given, and free attributes under <c>attributes</c>. Edge data:
/// <c>role</c>, <c>start</c>, <c>end</c>, <c>weight</c> (the strength), <c>confidence</c>, <c>evidence</c> (unless left
/// out) and <c>attributes</c>.</para>
/// </remarks>
internal static class FrontEndJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void WriteCytoscape(ExportView view, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var nodeIds = new HashSet<string>(view.Stakeholders.Select(s => s.Id), StringComparer.Ordinal);
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            GraphData(w, view);
            w.WriteEndObject();
            w.WriteStartObject("elements");
            w.WriteStartArray("nodes");
            foreach (var s in view.Stakeholders)
            {
                w.WriteStartObject();
                w.WriteStartObject("data");
                w.WriteString("id", s.Id);
                NodeData(w, view, s, withPosition: false);
                w.WriteEndObject();
                if (view.PositionOf(s.Id) is { } p)
                {
                    w.WriteStartObject("position");
                    w.WriteNumber("x", p.X);
                    w.WriteNumber("y", p.Y);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("edges");
            foreach (var t in view.Ties)
            {
                w.WriteStartObject();
                w.WriteStartObject("data");
                w.WriteString("id", nodeIds.Contains(t.Id) ? "tie:" + t.Id : t.Id);
                w.WriteString("source", t.Source);
                w.WriteString("target", t.Target);
                w.WriteString("type", t.Type.Name);
                EdgeData(w, t);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    public static void WriteGraphology(ExportView view, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("attributes");
            GraphData(w, view);
            w.WriteEndObject();
            w.WriteStartObject("options");
            w.WriteString("type", view.Directed ? "directed" : "undirected");
            w.WriteBoolean("multi", view.Multigraph);
            w.WriteBoolean("allowSelfLoops", true);
            w.WriteEndObject();
            w.WriteStartArray("nodes");
            foreach (var s in view.Stakeholders)
            {
                w.WriteStartObject();
                w.WriteString("key", s.Id);
                w.WriteStartObject("attributes");
                NodeData(w, view, s, withPosition: true);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("edges");
            foreach (var t in view.Ties)
            {
                w.WriteStartObject();
                w.WriteString("key", t.Id);
                w.WriteString("source", t.Source);
                w.WriteString("target", t.Target);
                if (!view.Directed)
                {
                    w.WriteBoolean("undirected", true);
                }

                w.WriteStartObject("attributes");
                w.WriteString("tieType", t.Type.Name);
                EdgeData(w, t);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void GraphData(Utf8JsonWriter w, ExportView view)
    {
        JsonWriting.WriteOptional(w, "title", view.Network.Title);
        JsonWriting.WriteOptional(w, "description", view.Network.Description);
        w.WriteBoolean("directed", view.Directed);
        w.WriteBoolean("multigraph", view.Multigraph);
    }

    private static void NodeData(Utf8JsonWriter w, ExportView view, Stakeholder s, bool withPosition)
    {
        w.WriteString("label", s.Name);
        w.WriteString("name", s.Name);
        w.WriteString("kind", s.Kind.ToName());
        if (s.OrganizationType != OrganizationType.Unspecified)
        {
            w.WriteString("organizationType", s.OrganizationType.ToName());
        }

        if (s.Aliases.Count > 0)
        {
            w.WritePropertyName("aliases");
            w.WriteRawValue(FlatModel.JsonStrings(s.Aliases));
        }

        JsonWriting.WriteOptional(w, "description", s.Description);
        JsonWriting.WriteNodeNumbers(w, view, s.Id, withPosition);

        JsonWriting.WriteAttributes(w, s.Attributes);
    }

    private static void EdgeData(Utf8JsonWriter w, Tie t)
    {
        JsonWriting.WriteOptional(w, "role", t.Role);
        if (t.Period is { } period)
        {
            JsonWriting.WriteNullable(w, "start", period.Start?.ToString());
            JsonWriting.WriteNullable(w, "end", period.End?.ToString());
        }

        w.WriteNumber("weight", t.Strength);
        w.WriteNumber("confidence", t.Confidence);
        if (t.Evidence.Count > 0)
        {
            w.WritePropertyName("evidence");
            w.WriteRawValue(FlatModel.EvidenceJson(t.Evidence));
        }

        JsonWriting.WriteAttributes(w, t.Attributes);
    }
}
