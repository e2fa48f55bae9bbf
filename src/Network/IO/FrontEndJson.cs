using System.Text.Json;
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
/// <para>Node data in both: <c>label</c> (the name), <c>kind</c>, <c>organizationType</c>, <c>aliases</c>,
/// <c>description</c>, each score as a number (null when undefined) and <c>community</c> when an analysis is exported,
/// <c>x</c>/<c>y</c> (graphology) when positions are given, and free attributes under <c>attributes</c>. Edge data:
/// <c>role</c>, <c>start</c> (null when open), <c>end</c> (when set), <c>weight</c> (the strength), <c>confidence</c>, <c>evidence</c> (unless left
/// out) and <c>attributes</c>.</para>
/// </remarks>
internal static class FrontEndJson
{
    public static void WriteCytoscape(ExportView view, Stream stream)
    {
        var nodeIds = new HashSet<string>(view.Stakeholders.Select(s => s.Id), StringComparer.Ordinal);
        JsonWriting.WriteDocument(stream, indented: false, w =>
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
                JsonWriting.WriteExportedNode(w, view, s, withPosition: false);
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
                JsonWriting.WriteTieFields(w, t, omitDefaults: false);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    public static void WriteGraphology(ExportView view, Stream stream) =>
        JsonWriting.WriteDocument(stream, indented: false, w =>
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
                JsonWriting.WriteExportedNode(w, view, s, withPosition: true);
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
                JsonWriting.WriteTieFields(w, t, omitDefaults: false);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static void GraphData(Utf8JsonWriter w, ExportView view)
    {
        JsonWriting.WriteOptional(w, "title", view.Network.Title);
        JsonWriting.WriteOptional(w, "description", view.Description);
        w.WriteBoolean("directed", view.Directed);
        w.WriteBoolean("multigraph", view.Multigraph);
    }
}
