using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// GraphML (<c>.graphml</c>, name <c>graphml</c>), readable by NetworkX (<c>read_graphml</c>), igraph, Gephi, yEd and
/// Cytoscape. See <c>docs/formats.md</c> for the keys.
/// </summary>
/// <remarks>
/// <para>Writing: one <c>&lt;graph&gt;</c>, undirected unless <see cref="NetworkExportOptions.Directed"/> or the exported
/// projection says directed (so NetworkX's <c>read_graphml</c> gives the graph that was analysed); node ids are stakeholder ids, edge ids tie ids; a <c>&lt;key&gt;</c> with
/// <c>attr.name</c> and <c>attr.type</c> is declared for every fixed attribute and for every free attribute key in use.
/// Strength is written as <c>weight</c> (double), so tools that read a <c>weight</c> find it. Aliases, evidence and the
/// documents list are compact JSON strings. An export with analysis results (<see cref="NetworkExport"/>) adds each
/// score as a <c>double</c> key named after the measure, <c>community</c> as <c>int</c>, and <c>x</c>/<c>y</c> positions. Output is deterministic (fixed key order, two-space indent, <c>\n</c>).</para>
/// <para>Reading: DTDs are refused (no XXE, no entity expansion); errors carry the line and column. Files from other tools
/// read too: a node without <c>kind</c> is a person, without <c>name</c> it takes <c>label</c> or its id; an edge without
/// <c>type</c> takes its <c>label</c> or <c>TIE</c>; <c>strength</c> is accepted for <c>weight</c>; every other attribute
/// becomes a free attribute. Undirected edges become ties from <c>source</c> to <c>target</c> as written.</para>
/// </remarks>
public static class GraphMLFormat
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string SchemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Reads a GraphML file.</summary>
    /// <exception cref="NetworkFormatException">The XML is malformed, declares a DTD, or is not GraphML.</exception>
    /// <exception cref="NetworkValidationException">The content has problems; every one is listed with its line and column.</exception>
    public static StakeholderNetwork Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads GraphML from a stream (not closed).</summary>
    public static StakeholderNetwork Read(Stream stream, string sourceName = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        var document = SafeXml.Load(stream, sourceName);
        var root = document.Root!;
        if (root.Name.LocalName != "graphml")
        {
            throw SafeXml.Fatal(root, sourceName, $"expected a <graphml> root element, found <{root.Name.LocalName}>");
        }

        var builder = StakeholderNetworkBuilder.ForReading();
        var keys = new Dictionary<string, (string Domain, string Name, string? Default)>(StringComparer.Ordinal);
        foreach (var key in root.Elements().Where(e => e.Name.LocalName == "key"))
        {
            var id = (string?)key.Attribute("id");
            if (id is null)
            {
                builder.ReportProblem(SafeXml.Where(key, sourceName), "a <key> has no id");
                continue;
            }

            if (keys.ContainsKey(id))
            {
                builder.ReportProblem(SafeXml.Where(key, sourceName), $"key '{id}' is declared twice");
                continue;
            }

            if ((string?)key.Attribute("attr.type") is { } attrType && !AttributeTypes.Contains(attrType)
                && Recoverable(key, $"key '{id}' has an unknown attr.type '{attrType}'; expected one of {string.Join(", ", AttributeTypes)}") is { } badType)
            {
                throw badType;
            }

            var defaultValue = key.Elements().FirstOrDefault(e => e.Name.LocalName == "default")?.Value;
            keys[id] = ((string?)key.Attribute("for") ?? "all", (string?)key.Attribute("attr.name") ?? id, defaultValue);
        }

        var graphs = root.Elements().Where(e => e.Name.LocalName == "graph").Take(2).ToList();
        var graph = graphs.FirstOrDefault() ?? throw SafeXml.Fatal(root, sourceName, "the file has no <graph> element");
        if (graphs.Count > 1 && Recoverable(graphs[1], "a second top-level <graph>; only one graph per file is read") is { } second)
        {
            throw second;
        }

        FlatModel.ApplyGraphValues(builder, Values(graph, "graph", keys, builder, sourceName));
        foreach (var element in graph.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "node":
                {
                    var id = (string?)element.Attribute("id");
                    if (id is null)
                    {
                        builder.ReportProblem(SafeXml.Where(element, sourceName), "a <node> has no id");
                        continue;
                    }

                    if (element.Elements().Any(e => e.Name.LocalName == "graph"))
                    {
                        builder.ReportProblem(SafeXml.Where(element, sourceName), $"node '{id}' holds a nested graph, which is not supported");
                    }

                    FlatModel.AddStakeholder(builder, id, Values(element, "node", keys, builder, sourceName), SafeXml.Where(element, sourceName));
                    break;
                }

                case "edge":
                {
                    var source = (string?)element.Attribute("source");
                    var target = (string?)element.Attribute("target");
                    if (source is null || target is null)
                    {
                        builder.ReportProblem(SafeXml.Where(element, sourceName), "an <edge> lacks its source or target attribute");
                        continue;
                    }

                    FlatModel.AddTie(builder, (string?)element.Attribute("id"), source, target, Values(element, "edge", keys, builder, sourceName), SafeXml.Where(element, sourceName));
                    break;
                }

                case "hyperedge":
                    builder.ReportProblem(SafeXml.Where(element, sourceName), "hyperedges are not supported");
                    break;
            }
        }

        return builder.Build();

        NetworkFormatException? Recoverable(XElement at, string reason)
        {
            var (line, column) = at is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);
            return ReadScope.Current.Recoverable(sourceName, line, column, reason);
        }
    }

    // The attr.type values GraphML defines (the primer, section 2.4).
    private static readonly string[] AttributeTypes = ["boolean", "int", "long", "float", "double", "string"];

    private static Dictionary<string, FlatValue> Values(
        XElement owner, string domain, Dictionary<string, (string Domain, string Name, string? Default)> keys, StakeholderNetworkBuilder builder, string sourceName)
    {
        var values = new Dictionary<string, FlatValue>(StringComparer.Ordinal);
        foreach (var data in owner.Elements().Where(e => e.Name.LocalName == "data"))
        {
            var keyId = (string?)data.Attribute("key");
            if (keyId is null || !keys.TryGetValue(keyId, out var key))
            {
                builder.ReportProblem(SafeXml.Where(data, sourceName), $"<data> refers to an undeclared key '{keyId}'");
                continue;
            }

            if (key.Domain != domain && key.Domain != "all")
            {
                builder.ReportProblem(SafeXml.Where(data, sourceName), $"key '{keyId}' is declared for {key.Domain}, not {domain}");
                continue;
            }

            values[key.Name] = new FlatValue(data.Value, SafeXml.Where(data, sourceName));
        }

        foreach (var (_, key) in keys)
        {
            if ((key.Domain == domain || key.Domain == "all") && key.Default is not null && !values.ContainsKey(key.Name))
            {
                values[key.Name] = new FlatValue(key.Default, SafeXml.Where(owner, sourceName));
            }
        }

        return values;
    }

    /// <summary>Writes a network as GraphML, atomically, undirected (see <see cref="NetworkExportOptions.Directed"/>).</summary>
    /// <exception cref="NetworkFormatException">A text holds a character XML 1.0 cannot represent.</exception>
    public static void Write(StakeholderNetwork network, string path)
    {
        ArgumentNullException.ThrowIfNull(network);
        Write(ExportView.Of(network), path);
    }

    /// <summary>Writes a network as GraphML to a stream (left open), undirected.</summary>
    public static void Write(StakeholderNetwork network, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(network);
        Write(ExportView.Of(network), stream);
    }

    internal static void Write(ExportView view, string path) =>
        SafeXml.Guard(path, () => AtomicFile.Write(path, stream => Write(view, stream)));

    internal static void Write(ExportView view, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var network = view.Network;
        var nodeKeys = view.Stakeholders.SelectMany(s => s.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var edgeKeys = view.Ties.SelectMany(t => t.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var nodeAttributeIds = nodeKeys.Select((k, i) => (k, Id: string.Create(CultureInfo.InvariantCulture, $"n_attr{i}"))).ToDictionary(p => p.k, p => p.Id, StringComparer.Ordinal);
        var edgeAttributeIds = edgeKeys.Select((k, i) => (k, Id: string.Create(CultureInfo.InvariantCulture, $"e_attr{i}"))).ToDictionary(p => p.k, p => p.Id, StringComparer.Ordinal);
        var numericIds = view.NumericFields.Select((f, i) => (f.Name, Id: string.Create(CultureInfo.InvariantCulture, $"n_num{i}"))).ToDictionary(p => p.Name, p => p.Id, StringComparer.Ordinal);

        SafeXml.Guard("<stream>", () =>
        {
            using var w = XmlWriter.Create(stream, SafeXml.WriterSettings);
            w.WriteStartDocument();
            w.WriteStartElement("graphml", Namespace);
            w.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            w.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, SchemaLocation);
            foreach (var name in FlatModel.GraphFields)
            {
                Key(w, "g_" + name, "graph", name, "string");
            }

            foreach (var name in FlatModel.NodeFields)
            {
                Key(w, "n_" + name, "node", name, "string");
            }

            foreach (var field in view.NumericFields)
            {
                Key(w, numericIds[field.Name], "node", field.Name, field.IsInteger ? "int" : "double");
            }

            if (view.HasPositions)
            {
                Key(w, "n_x", "node", "x", "double");
                Key(w, "n_y", "node", "y", "double");
            }

            foreach (var key in nodeKeys)
            {
                Key(w, nodeAttributeIds[key], "node", view.NodeAttributeName(key), "string");
            }

            foreach (var name in FlatModel.EdgeFields)
            {
                Key(w, "e_" + name, "edge", name, FlatModel.IsNumeric(name) ? "double" : "string");
            }

            foreach (var key in edgeKeys)
            {
                Key(w, edgeAttributeIds[key], "edge", FlatModel.EdgeAttributeName(key), "string");
            }

            w.WriteStartElement("graph", Namespace);
            w.WriteAttributeString("id", "G");
            w.WriteAttributeString("edgedefault", view.Directed ? "directed" : "undirected");
            foreach (var (name, value) in FlatModel.GraphValues(network))
            {
                Data(w, "g_" + name, value);
            }

            foreach (var s in view.Stakeholders)
            {
                w.WriteStartElement("node", Namespace);
                w.WriteAttributeString("id", s.Id);
                foreach (var (name, value) in FlatModel.NodeValues(s))
                {
                    Data(w, "n_" + name, value);
                }

                foreach (var field in view.NumericFields)
                {
                    // An undefined score (NaN) is left out: GraphML readers then report it as missing.
                    if (view.NumberOf(s.Id, field.Name) is { } number)
                    {
                        Data(w, numericIds[field.Name], field.IsInteger ? ((long)number).ToString(CultureInfo.InvariantCulture) : FlatModel.Number(number));
                    }
                }

                if (view.PositionOf(s.Id) is { } position)
                {
                    Data(w, "n_x", FlatModel.Number(position.X));
                    Data(w, "n_y", FlatModel.Number(position.Y));
                }

                foreach (var (key, value) in s.Attributes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    Data(w, nodeAttributeIds[key], value);
                }

                w.WriteEndElement();
            }

            foreach (var t in view.Ties)
            {
                w.WriteStartElement("edge", Namespace);
                w.WriteAttributeString("id", t.Id);
                w.WriteAttributeString("source", t.Source);
                w.WriteAttributeString("target", t.Target);
                foreach (var (name, value) in FlatModel.EdgeValues(t))
                {
                    Data(w, "e_" + name, value);
                }

                foreach (var (key, value) in t.Attributes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    Data(w, edgeAttributeIds[key], value);
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        });
        stream.WriteByte((byte)'\n');
    }

    private static void Key(XmlWriter w, string id, string domain, string name, string type)
    {
        w.WriteStartElement("key", Namespace);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", domain);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }
}
