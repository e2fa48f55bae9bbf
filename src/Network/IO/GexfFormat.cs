using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>The GEXF schema version to write.</summary>
public enum GexfVersion
{
    /// <summary>GEXF 1.3 (namespace <c>http://gexf.net/1.3</c>), read by Gephi 0.9+; NetworkX 2.8 does not read it.</summary>
    V1_3,

    /// <summary>GEXF 1.2draft (namespace <c>http://www.gexf.net/1.2draft</c>), the newest version NetworkX 2.x/3.x reads, and Gephi. The default.</summary>
    V1_2Draft,
}

/// <summary>
/// GEXF (<c>.gexf</c>, name <c>gexf</c>), Gephi's format. Writes 1.2draft by default (1.3 on request); reads 1.1draft,
/// 1.2draft and 1.3. See <c>docs/formats.md</c> for the attributes.
/// </summary>
/// <remarks>
/// <para>Writing: a static graph, undirected unless <see cref="NetworkExportOptions.Directed"/> or the exported projection
/// says directed; node <c>id</c> = stakeholder id, <c>label</c> = name; edge <c>id</c> = tie id,
/// <c>label</c> = tie type, <c>weight</c> = strength. Declared attributes (<c>&lt;attributes class="node|edge"&gt;</c>,
/// values in <c>&lt;attvalues&gt;</c>): nodes <c>kind</c>, <c>organization_type</c>, <c>aliases</c> (JSON), <c>description</c>;
/// edges <c>type</c>, <c>role</c>, <c>start</c>, <c>end</c>, <c>confidence</c> (double), <c>evidence</c> (JSON); then every
/// free attribute key. An export with analysis results adds each score as a
/// <c>double</c> attribute, <c>community</c> as <c>integer</c>, and positions as <c>viz:position</c>. The title and description go to <c>&lt;meta&gt;</c>; the documents list is not kept.</para>
/// <para>Reading: DTDs are refused; errors carry line and column; the same defaults as GraphML apply to files from other
/// tools (no kind: person; no type: label or <c>TIE</c>). Dynamic data (spells, start/end attributes) is ignored.</para>
/// </remarks>
public static class GexfFormat
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Reads a GEXF file.</summary>
    public static StakeholderNetwork Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads GEXF from a stream (not closed).</summary>
    /// <exception cref="NetworkFormatException">The XML is malformed, declares a DTD, or is not GEXF.</exception>
    /// <exception cref="NetworkValidationException">The content has problems; every one is listed with its line and column.</exception>
    public static StakeholderNetwork Read(Stream stream, string sourceName = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        return GexfStream.TryRead(bytes) ?? ReadPositioned(bytes, sourceName);
    }

    /// <summary>
    /// The reader that knows where everything is: it loads the whole file as a tree with line information, so every
    /// problem names its file, line and column. <see cref="Read(Stream, string)"/> uses it only for the files the
    /// streaming reader (<see cref="GexfStream"/>) declines: those with a problem, and unusual layouts.
    /// </summary>
    internal static StakeholderNetwork ReadPositioned(byte[] bytes, string sourceName)
    {
        var document = SafeXml.Load(new MemoryStream(bytes, writable: false), sourceName);
        var root = document.Root!;
        if (root.Name.LocalName != "gexf")
        {
            throw SafeXml.Fatal(root, sourceName, $"expected a <gexf> root element, found <{root.Name.LocalName}>");
        }

        var graph = Child(root, "graph") ?? throw SafeXml.Fatal(root, sourceName, "the file has no <graph> element");
        var builder = StakeholderNetworkBuilder.ForReading();
        if (Child(root, "meta") is { } meta)
        {
            ApplyMeta(builder, meta);
        }

        var nodeAttributes = new Dictionary<string, (string Title, string? Default)>(StringComparer.Ordinal);
        var edgeAttributes = new Dictionary<string, (string Title, string? Default)>(StringComparer.Ordinal);
        foreach (var declaration in graph.Elements().Where(e => e.Name.LocalName == "attributes"))
        {
            Declare(builder, declaration, nodeAttributes, edgeAttributes, sourceName);
        }

        foreach (var node in Child(graph, "nodes")?.Elements().Where(e => e.Name.LocalName == "node") ?? [])
        {
            var id = (string?)node.Attribute("id");
            if (id is null)
            {
                builder.ReportProblem(SafeXml.Where(node, sourceName), "a <node> has no id");
                continue;
            }

            var values = Values(node, nodeAttributes, builder, sourceName);
            if (node.Attribute("label") is { } label)
            {
                values["label"] = new FlatValue(label.Value, SafeXml.Where(label, sourceName));
            }

            FlatModel.AddStakeholder(builder, id, values, SafeXml.Where(node, sourceName));
        }

        foreach (var edge in Child(graph, "edges")?.Elements().Where(e => e.Name.LocalName == "edge") ?? [])
        {
            var source = (string?)edge.Attribute("source");
            var target = (string?)edge.Attribute("target");
            if (source is null || target is null)
            {
                builder.ReportProblem(SafeXml.Where(edge, sourceName), "an <edge> lacks its source or target attribute");
                continue;
            }

            var values = Values(edge, edgeAttributes, builder, sourceName);
            if (edge.Attribute("weight") is { } weight)
            {
                values["weight"] = new FlatValue(weight.Value, SafeXml.Where(weight, sourceName));
            }

            if (edge.Attribute("label") is { } label)
            {
                values["label"] = new FlatValue(label.Value, SafeXml.Where(label, sourceName));
            }

            FlatModel.AddTie(builder, (string?)edge.Attribute("id"), source, target, values, SafeXml.Where(edge, sourceName));
        }

        return builder.Build();
    }

    /// <summary>The title and description of a <c>&lt;meta&gt;</c> element.</summary>
    internal static void ApplyMeta(StakeholderNetworkBuilder builder, XElement meta)
    {
        if (Child(meta, "title") is { } title)
        {
            builder.Title = title.Value;
        }

        if (Child(meta, "description") is { } description)
        {
            builder.Description = description.Value;
        }
    }

    /// <summary>Adds the attributes an <c>&lt;attributes class="node|edge"&gt;</c> element declares (by id: title and default).</summary>
    internal static void Declare(StakeholderNetworkBuilder builder, XElement declaration, Dictionary<string, (string Title, string? Default)> nodeAttributes,
        Dictionary<string, (string Title, string? Default)> edgeAttributes, string sourceName)
    {
        var target = (string?)declaration.Attribute("class") switch
        {
            "node" => nodeAttributes,
            "edge" => edgeAttributes,
            var other => null,
        };
        if (target is null)
        {
            builder.ReportProblem(SafeXml.Where(declaration, sourceName), $"<attributes> has class '{(string?)declaration.Attribute("class")}'; expected node or edge");
            return;
        }

        foreach (var attribute in declaration.Elements().Where(e => e.Name.LocalName == "attribute"))
        {
            var id = (string?)attribute.Attribute("id");
            if (id is null || target.ContainsKey(id))
            {
                builder.ReportProblem(SafeXml.Where(attribute, sourceName), id is null ? "an <attribute> has no id" : $"attribute id '{id}' is declared twice");
                continue;
            }

            target[id] = ((string?)attribute.Attribute("title") ?? id, Child(attribute, "default")?.Value);
        }
    }

    /// <summary>Gives every declared attribute with a default that <paramref name="values"/> lacks its default.</summary>
    internal static void ApplyDefaults(Dictionary<string, FlatValue> values, Dictionary<string, (string Title, string? Default)> declared, string location)
    {
        foreach (var (_, attribute) in declared)
        {
            if (attribute.Default is not null && !values.ContainsKey(attribute.Title))
            {
                values[attribute.Title] = new FlatValue(attribute.Default, location);
            }
        }
    }

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static Dictionary<string, FlatValue> Values(XElement owner, Dictionary<string, (string Title, string? Default)> declared, StakeholderNetworkBuilder builder, string sourceName)
    {
        var values = new Dictionary<string, FlatValue>(StringComparer.Ordinal);
        foreach (var value in Child(owner, "attvalues")?.Elements().Where(e => e.Name.LocalName == "attvalue") ?? [])
        {
            // GEXF 1.1 names the attribute with 'id', later versions with 'for'.
            var id = (string?)value.Attribute("for") ?? (string?)value.Attribute("id");
            if (id is null || !declared.TryGetValue(id, out var attribute))
            {
                builder.ReportProblem(SafeXml.Where(value, sourceName), $"<attvalue> refers to an undeclared attribute '{id}'");
                continue;
            }

            values[attribute.Title] = new FlatValue((string?)value.Attribute("value") ?? string.Empty, SafeXml.Where(value, sourceName));
        }

        ApplyDefaults(values, declared, SafeXml.Where(owner, sourceName));
        return values;
    }

    /// <summary>Writes a network as GEXF 1.2draft, atomically, undirected (see <see cref="NetworkExportOptions"/>).</summary>
    /// <exception cref="NetworkFormatException">A text holds a character XML 1.0 cannot represent.</exception>
    public static void Write(StakeholderNetwork network, string path) => Write(network, path, GexfVersion.V1_2Draft);

    /// <summary>Writes a network as GEXF of the given version, atomically.</summary>
    public static void Write(StakeholderNetwork network, string path, GexfVersion version)
    {
        ArgumentNullException.ThrowIfNull(network);
        Write(ExportView.Of(network, new NetworkExportOptions { GexfVersion = version }), path);
    }

    /// <summary>Writes a network as GEXF to a stream (left open).</summary>
    public static void Write(StakeholderNetwork network, Stream stream, GexfVersion version = GexfVersion.V1_2Draft)
    {
        ArgumentNullException.ThrowIfNull(network);
        Write(ExportView.Of(network, new NetworkExportOptions { GexfVersion = version }), stream);
    }

    internal static void Write(ExportView view, string path) =>
        SafeXml.Guard(path, () => AtomicFile.Write(path, stream => Write(view, stream)));

    internal static void Write(ExportView view, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var network = view.Network;
        var version = view.Options.GexfVersion;
        var (ns, schema, versionText) = version switch
        {
            GexfVersion.V1_3 => ("http://gexf.net/1.3", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "1.3"),
            GexfVersion.V1_2Draft => ("http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd", "1.2"),
            _ => throw new ArgumentOutOfRangeException(nameof(view), version, "Unknown GEXF version."),
        };
        var vizNs = ns + "/viz";

        // Node label carries the name, edge weight the strength, viz:position the position: none needs a declared attribute.
        var nodeFields = FlatModel.NodeFields.Where(f => f != "name").ToList();
        var edgeFields = FlatModel.EdgeFields.Where(f => f != "weight").ToList();
        var nodeKeys = view.Stakeholders.SelectMany(s => s.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var edgeKeys = view.Ties.SelectMany(t => t.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var nodeIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var edgeIds = new Dictionary<string, string>(StringComparer.Ordinal);

        SafeXml.Guard("<stream>", () =>
        {
            using var w = XmlWriter.Create(stream, SafeXml.WriterSettings);
            w.WriteStartDocument();
            w.WriteStartElement("gexf", ns);
            w.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            if (view.HasPositions)
            {
                w.WriteAttributeString("xmlns", "viz", null, vizNs);
            }

            w.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, schema);
            w.WriteAttributeString("version", versionText);
            w.WriteStartElement("meta", ns);
            w.WriteElementString("creator", ns, "Stakeholders");
            if (network.Title is not null && version == GexfVersion.V1_3)
            {
                w.WriteElementString("title", ns, network.Title);
            }

            if (network.Description is not null)
            {
                w.WriteElementString("description", ns, network.Description);
            }

            w.WriteEndElement();

            w.WriteStartElement("graph", ns);
            w.WriteAttributeString("defaultedgetype", view.Directed ? "directed" : "undirected");
            w.WriteAttributeString("mode", "static");
            var nodeDeclarations = nodeFields.Select(f => (f, "string"))
                .Concat(view.NumericFields.Select(f => (f.Name, f.IsInteger ? "integer" : "double")))
                .Concat(nodeKeys.Select(k => (view.NodeAttributeName(k), "string")));
            Declare(w, ns, "node", nodeDeclarations, nodeIds, "n");
            Declare(w, ns, "edge", edgeFields.Select(f => (f, FlatModel.IsNumeric(f) ? "double" : "string")).Concat(edgeKeys.Select(k => (FlatModel.EdgeAttributeName(k), "string"))), edgeIds, "e");

            w.WriteStartElement("nodes", ns);
            foreach (var s in view.Stakeholders)
            {
                w.WriteStartElement("node", ns);
                w.WriteAttributeString("id", s.Id);
                w.WriteAttributeString("label", s.Name);
                var numbers = view.NumericFields
                    .Select(f => (f, Value: view.NumberOf(s.Id, f.Name)))
                    .Where(p => p.Value is not null)
                    .Select(p => (p.f.Name, p.f.IsInteger ? ((long)p.Value!.Value).ToString(CultureInfo.InvariantCulture) : FlatModel.Number(p.Value!.Value)));
                var values = FlatModel.NodeValues(s).Where(v => v.Name != "name")
                    .Concat(numbers)
                    .Concat(s.Attributes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (view.NodeAttributeName(kv.Key), kv.Value)));
                AttValues(w, ns, values, nodeIds);
                if (view.PositionOf(s.Id) is { } position)
                {
                    w.WriteStartElement("viz", "position", vizNs);
                    w.WriteAttributeString("x", FlatModel.Number(position.X));
                    w.WriteAttributeString("y", FlatModel.Number(position.Y));
                    w.WriteAttributeString("z", "0");
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();

            w.WriteStartElement("edges", ns);
            foreach (var t in view.Ties)
            {
                w.WriteStartElement("edge", ns);
                w.WriteAttributeString("id", t.Id);
                w.WriteAttributeString("source", t.Source);
                w.WriteAttributeString("target", t.Target);
                w.WriteAttributeString("label", t.Type.Name);
                w.WriteAttributeString("weight", FlatModel.Number(t.Strength));
                var values = FlatModel.EdgeValues(t).Where(v => v.Name != "weight")
                    .Concat(t.Attributes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (FlatModel.EdgeAttributeName(kv.Key), kv.Value)));
                AttValues(w, ns, values, edgeIds);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        });
        stream.WriteByte((byte)'\n');
    }

    private static void Declare(XmlWriter w, string ns, string domain, IEnumerable<(string Title, string Type)> attributes, Dictionary<string, string> ids, string prefix)
    {
        w.WriteStartElement("attributes", ns);
        w.WriteAttributeString("class", domain);
        w.WriteAttributeString("mode", "static");
        foreach (var (title, type) in attributes)
        {
            var id = prefix + ids.Count.ToString(CultureInfo.InvariantCulture);
            ids[title] = id;
            w.WriteStartElement("attribute", ns);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("title", title);
            w.WriteAttributeString("type", type);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void AttValues(XmlWriter w, string ns, IEnumerable<(string Name, string Value)> values, Dictionary<string, string> ids)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return;
        }

        w.WriteStartElement("attvalues", ns);
        foreach (var (name, value) in list)
        {
            w.WriteStartElement("attvalue", ns);
            w.WriteAttributeString("for", ids[name]);
            w.WriteAttributeString("value", value);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}
