using System.Xml;
using System.Xml.Linq;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// The fast route of <see cref="GexfFormat"/>'s reader: builds the model in one pass of an <see cref="XmlReader"/>,
/// without a document tree and without line information. It reads exactly what
/// <see cref="GexfFormat.ReadPositioned"/> reads and declines (returns null) at anything that reader would report (an XML
/// error, a DTD, the depth limit, a missing element, a problem in a record, a problem the builder finds) and at a layout it
/// does not stream (an <c>&lt;attributes&gt;</c> declaration after the nodes or edges). The positioned reader then reads
/// the file again and reports every problem with its file, line and column.
/// </summary>
internal static class GexfStream
{
    /// <summary>The network, or null when the positioned reader must read (and report on) the file.</summary>
    public static StakeholderNetwork? TryRead(byte[] bytes)
    {
        try
        {
            return new Reader().Read(bytes);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException or ArgumentException
                                       or OverflowException or NetworkFormatException or NetworkValidationException)
        {
            return null;
        }
    }

    private static InvalidOperationException Decline() => new("declined: the positioned GEXF reader reads this file");

    private sealed class Reader
    {
        private readonly StakeholderNetworkBuilder _builder = StakeholderNetworkBuilder.ForReading();
        private readonly Dictionary<string, (string Title, string? Default)> _nodeAttributes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Title, string? Default)> _edgeAttributes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, FlatValue> _values = new(StringComparer.Ordinal);
        private readonly int _maxDepth = ReadScope.Current.MaxDepth;

        public StakeholderNetwork? Read(byte[] bytes)
        {
            // The settings of SafeXml.Load: no DTD, no resolver, comments and processing instructions skipped.
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "gexf")
            {
                return null;
            }

            bool graph = false, meta = false;
            if (Enter(reader))
            {
                while (NextChild(reader, 0))
                {
                    if (reader.LocalName == "graph" && !graph)
                    {
                        graph = true;
                        ReadGraph(reader);
                    }
                    else if (reader.LocalName == "meta" && !meta)
                    {
                        meta = true;
                        GexfFormat.ApplyMeta(_builder, Subtree(reader));
                    }
                    else
                    {
                        Skip(reader);
                    }
                }
            }

            // The rest of the document must be well formed too (the positioned reader loads all of it).
            while (reader.Read())
            {
                Check(reader);
            }

            return graph ? _builder.Build() : null;
        }

        private void ReadGraph(XmlReader reader)
        {
            if (!Enter(reader))
            {
                return;
            }

            var depth = reader.Depth - 1;
            bool nodes = false, edges = false;
            while (NextChild(reader, depth))
            {
                switch (reader.LocalName)
                {
                    case "attributes":
                        if (nodes || edges)
                        {
                            throw Decline();
                        }

                        GexfFormat.Declare(_builder, Subtree(reader), _nodeAttributes, _edgeAttributes, string.Empty);
                        break;
                    case "nodes" when !nodes:
                        nodes = true;
                        Records(reader, node: true);
                        break;
                    case "edges" when !edges:
                        edges = true;
                        Records(reader, node: false);
                        break;
                    default:
                        Skip(reader);
                        break;
                }
            }
        }

        private void Records(XmlReader reader, bool node)
        {
            if (!Enter(reader))
            {
                return;
            }

            var depth = reader.Depth - 1;
            var name = node ? "node" : "edge";
            while (NextChild(reader, depth))
            {
                if (reader.LocalName != name)
                {
                    Skip(reader);
                }
                else if (node)
                {
                    Node(reader);
                }
                else
                {
                    Edge(reader);
                }
            }
        }

        private void Node(XmlReader reader)
        {
            var id = reader.GetAttribute("id") ?? throw Decline();
            var label = reader.GetAttribute("label");
            Values(reader, _nodeAttributes);
            if (label is not null)
            {
                _values["label"] = new FlatValue(label, string.Empty);
            }

            FlatModel.AddStakeholder(_builder, id, _values, null);
        }

        private void Edge(XmlReader reader)
        {
            var source = reader.GetAttribute("source");
            var target = reader.GetAttribute("target");
            if (source is null || target is null)
            {
                throw Decline();
            }

            var id = reader.GetAttribute("id");
            var weight = reader.GetAttribute("weight");
            var label = reader.GetAttribute("label");
            Values(reader, _edgeAttributes);
            if (weight is not null)
            {
                _values["weight"] = new FlatValue(weight, string.Empty);
            }

            if (label is not null)
            {
                _values["label"] = new FlatValue(label, string.Empty);
            }

            FlatModel.AddTie(_builder, id, source, target, _values, null);
        }

        // The values of the first <attvalues> child of a node or edge (the reader is on the node or edge; it ends after it).
        private void Values(XmlReader reader, Dictionary<string, (string Title, string? Default)> declared)
        {
            _values.Clear();
            if (Enter(reader))
            {
                var depth = reader.Depth - 1;
                var seen = false;
                while (NextChild(reader, depth))
                {
                    if (reader.LocalName != "attvalues" || seen)
                    {
                        Skip(reader);
                        continue;
                    }

                    seen = true;
                    if (!Enter(reader))
                    {
                        continue;
                    }

                    var valuesDepth = reader.Depth - 1;
                    while (NextChild(reader, valuesDepth))
                    {
                        if (reader.LocalName == "attvalue")
                        {
                            // GEXF 1.1 names the attribute with 'id', later versions with 'for'.
                            var key = reader.GetAttribute("for") ?? reader.GetAttribute("id");
                            if (key is null || !declared.TryGetValue(key, out var attribute))
                            {
                                throw Decline();
                            }

                            _values[attribute.Title] = new FlatValue(reader.GetAttribute("value") ?? string.Empty, string.Empty);
                        }

                        Skip(reader);
                    }
                }
            }

            GexfFormat.ApplyDefaults(_values, declared, string.Empty);
        }

        private void Check(XmlReader reader)
        {
            // SafeXml.Load refuses any node this deep, wherever it is.
            if (reader.Depth >= _maxDepth)
            {
                throw Decline();
            }
        }

        /// <summary>On an element: moves into its content and returns true, or past it when it is empty and returns false.</summary>
        private bool Enter(XmlReader reader)
        {
            var empty = reader.IsEmptyElement;
            reader.Read();
            Check(reader);
            return !empty;
        }

        /// <summary>Moves to the next child element of the element at <paramref name="parentDepth"/>; false (and past its end) when there is none.</summary>
        private bool NextChild(XmlReader reader, int parentDepth)
        {
            while (true)
            {
                Check(reader);
                if (reader.NodeType == XmlNodeType.Element)
                {
                    return true;
                }

                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == parentDepth)
                {
                    reader.Read();
                    return false;
                }

                if (!reader.Read())
                {
                    throw Decline();
                }
            }
        }

        /// <summary>Moves past the element the reader is on, checking every node in it.</summary>
        private void Skip(XmlReader reader)
        {
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return;
            }

            var depth = reader.Depth;
            while (reader.Read())
            {
                Check(reader);
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    reader.Read();
                    return;
                }
            }

            throw Decline();
        }

        /// <summary>
        /// The element the reader is on as a tree (for the small ones: meta, attribute declarations), with what
        /// <c>GexfFormat.ApplyMeta</c> and <c>GexfFormat.Declare</c> read: elements, attributes without a
        /// namespace, and text (so <see cref="XElement.Value"/> is the text the positioned reader sees). Built as it is
        /// read, checking the depth limit at every node; the reader ends after the element.
        /// </summary>
        private XElement Subtree(XmlReader reader)
        {
            var root = Start(reader);
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return root;
            }

            var depth = reader.Depth;
            var current = root;
            while (reader.Read())
            {
                Check(reader);
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var child = Start(reader);
                        current.Add(child);
                        if (!reader.IsEmptyElement)
                        {
                            current = child;
                        }

                        break;
                    case XmlNodeType.EndElement when reader.Depth == depth:
                        reader.Read();
                        return root;
                    case XmlNodeType.EndElement:
                        current = current.Parent!;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        current.Add(new XText(reader.Value));
                        break;
                }
            }

            throw Decline();
        }

        private static XElement Start(XmlReader reader)
        {
            var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
            if (reader.MoveToFirstAttribute())
            {
                do
                {
                    if (reader.NamespaceURI.Length == 0)
                    {
                        element.SetAttributeValue(reader.LocalName, reader.Value);
                    }
                }
                while (reader.MoveToNextAttribute());

                reader.MoveToElement();
            }

            return element;
        }
    }
}
