namespace Stakeholders.Network.IO;

// A byte scanner for the plain GraphML that igraph and NetworkX write for a graph without attributes. It accepts a
// strict, well-formed subset of XML — ASCII only, no entity or character references, no CDATA, no DOCTYPE, no
// processing instruction after the declaration, no text but whitespace, prefixed names only for declared xmlns
// prefixes — and declines (returns null) on anything else, so the XmlReader path (TryReadGraphML) and then the full
// reader decide every other file with the same answers and positions as before. What it accepts, it reads exactly as
// TryReadGraphML does (tested equal on every fixture and on mutated files).
internal sealed partial class PlainGraphSource
{
    /// <summary>Scans the bytes of a keyless GraphML file, or returns null when the file is outside the accepted subset.</summary>
    internal static PlainGraphSource? TryScanGraphML(ReadOnlySpan<byte> text)
    {
        var scanner = new GraphMLScanner(text);
        return scanner.Scan();
    }

    private ref struct GraphMLScanner
    {
        private readonly ReadOnlySpan<byte> _text;
        private int _at;
        private readonly List<byte[]> _declaredPrefixes;

        public GraphMLScanner(ReadOnlySpan<byte> text)
        {
            _text = text;
            _at = 0;
            _declaredPrefixes = [];
        }

        public PlainGraphSource? Scan()
        {
            if (_text.StartsWith("\uFEFF"u8))
            {
                _at = 3;
            }

            if (_text[_at..].StartsWith("<?xml"u8) && !Declaration())
            {
                return null;
            }

            if (!Misc())
            {
                return null;
            }

            // <graphml ...>
            if (!StartTag(out var name, out var empty, GraphMLElement.Root) || !name.SequenceEqual("graphml"u8) || empty)
            {
                return null;
            }

            var ids = new Utf8IdTable();
            var edgeIds = new Utf8IdTable();
            var declared = new List<int>();
            var isDeclared = new List<bool>();
            var edges = new EdgeArrays();
            var graphs = 0;
            while (true)
            {
                if (!Misc())
                {
                    return null;
                }

                if (AtEndTag())
                {
                    if (!EndTag("graphml"u8))
                    {
                        return null;
                    }

                    break;
                }

                // Only one <graph> under the root; a second one (or any other element) is the XmlReader path's to judge.
                if (graphs++ > 0 || !StartTag(out name, out empty, GraphMLElement.Graph) || !name.SequenceEqual("graph"u8))
                {
                    return null;
                }

                if (empty)
                {
                    continue;
                }

                while (true)
                {
                    if (!Misc())
                    {
                        return null;
                    }

                    if (AtEndTag())
                    {
                        if (!EndTag("graph"u8))
                        {
                            return null;
                        }

                        break;
                    }

                    var attributes = new TagAttributes();
                    if (!StartTag(out name, out empty, GraphMLElement.NodeOrEdge, ref attributes))
                    {
                        return null;
                    }

                    var isNode = name.SequenceEqual("node"u8);
                    if (!isNode && !name.SequenceEqual("edge"u8))
                    {
                        return null;
                    }

                    if (!empty && (!Misc() || !EndTag(isNode ? "node"u8 : "edge"u8)))
                    {
                        return null; // content other than whitespace and comments: the XmlReader path decides
                    }

                    if (isNode)
                    {
                        if (attributes.Id.Length == 0 || IsBlank(_text.Slice(attributes.Id.Start, attributes.Id.Length)))
                        {
                            return null;
                        }

                        var v = ids.GetOrAdd(_text.Slice(attributes.Id.Start, attributes.Id.Length));
                        while (isDeclared.Count <= v)
                        {
                            isDeclared.Add(false);
                        }

                        if (isDeclared[v])
                        {
                            return null; // a duplicate id: the full reader reports it
                        }

                        isDeclared[v] = true;
                        declared.Add(v);
                    }
                    else
                    {
                        if (attributes.Source.Start < 0 || attributes.Target.Start < 0)
                        {
                            return null;
                        }

                        if (attributes.Id.Start >= 0)
                        {
                            var edgeId = _text.Slice(attributes.Id.Start, attributes.Id.Length);
                            var before = edgeIds.Count;
                            if (edgeId.Length == 0 || IsBlank(edgeId) || edgeIds.GetOrAdd(edgeId) < before)
                            {
                                return null;
                            }
                        }

                        edges.Add(
                            ids.GetOrAdd(_text.Slice(attributes.Source.Start, attributes.Source.Length)),
                            ids.GetOrAdd(_text.Slice(attributes.Target.Start, attributes.Target.Length)));
                    }
                }
            }

            if (!Misc() || _at != _text.Length || graphs == 0 || declared.Count != ids.Count)
            {
                return null;
            }

            return FromDeclared(ids, declared, edges);
        }

        private static bool IsBlank(ReadOnlySpan<byte> value) => value.IndexOfAnyExcept((byte)' ') < 0;

        // <?xml version="1.0" encoding="UTF-8" standalone="..."?>: version 1.0, UTF-8 or no encoding, ASCII only.
        private bool Declaration()
        {
            var end = _text[_at..].IndexOf("?>"u8);
            if (end < 0)
            {
                return false;
            }

            var body = _text.Slice(_at + 5, end - 5);
            _at += end + 2;
            if (body.Length == 0 || !IsSpace(body[0]) || body.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 || body.IndexOfAny((byte)'<', (byte)'>', (byte)'&') >= 0)
            {
                return false;
            }

            var version = body.IndexOf("version"u8);
            if (version < 0 || body[version..].IndexOf("1.0"u8) is var v && (v < 0 || v > 12))
            {
                return false;
            }

            var encoding = body.IndexOf("encoding"u8);
            if (encoding >= 0)
            {
                var rest = body[(encoding + 8)..].TrimStart(" \t\r\n="u8).TrimStart("\"'"u8);
                if (!(rest.StartsWith("UTF-8"u8) || rest.StartsWith("utf-8"u8)) || rest.Length < 6 || rest[5] is not ((byte)'"' or (byte)'\''))
                {
                    return false;
                }
            }

            return true;
        }

        // Whitespace and comments; false on anything that is neither and is not a tag.
        private bool Misc()
        {
            while (_at < _text.Length)
            {
                var b = _text[_at];
                if (IsSpace(b))
                {
                    _at++;
                    continue;
                }

                if (b != (byte)'<')
                {
                    return false; // text, or a byte outside the accepted subset
                }

                if (!_text[_at..].StartsWith("<!--"u8))
                {
                    return true;
                }

                var body = _text[(_at + 4)..];
                var dashes = body.IndexOf("--"u8);
                if (dashes < 0 || dashes + 2 >= body.Length || body[dashes + 2] != (byte)'>' || !IsPlainAscii(body[..dashes], allowLineBreaks: true))
                {
                    return false; // unterminated, "--" inside a comment (not well-formed), or a byte we do not check
                }

                _at += 4 + dashes + 3;
            }

            return true;
        }

        private readonly bool AtEndTag() => _at + 1 < _text.Length && _text[_at] == (byte)'<' && _text[_at + 1] == (byte)'/';

        private bool EndTag(ReadOnlySpan<byte> name)
        {
            if (!AtEndTag() || !_text[(_at + 2)..].StartsWith(name))
            {
                return false;
            }

            _at += 2 + name.Length;
            while (_at < _text.Length && IsSpace(_text[_at]))
            {
                _at++;
            }

            if (_at >= _text.Length || _text[_at] != (byte)'>')
            {
                return false;
            }

            _at++;
            return true;
        }

        private bool StartTag(out ReadOnlySpan<byte> name, out bool empty, GraphMLElement element)
        {
            var ignored = new TagAttributes();
            return StartTag(out name, out empty, element, ref ignored);
        }

        private bool StartTag(out ReadOnlySpan<byte> name, out bool empty, GraphMLElement element, scoped ref TagAttributes found)
        {
            name = default;
            empty = false;
            if (_at >= _text.Length || _text[_at] != (byte)'<')
            {
                return false;
            }

            _at++;
            var start = _at;
            while (_at < _text.Length && IsLetter(_text[_at]))
            {
                _at++;
            }

            name = _text[start.._at];
            if (name.Length == 0)
            {
                return false;
            }

            // Attribute names seen on this tag, to refuse duplicates (not well-formed) without allocating.
            Span<long> seen = stackalloc long[16];
            var seenCount = 0;
            while (true)
            {
                var spaced = false;
                while (_at < _text.Length && IsSpace(_text[_at]))
                {
                    _at++;
                    spaced = true;
                }

                if (_at >= _text.Length)
                {
                    return false;
                }

                if (_text[_at] == (byte)'>')
                {
                    _at++;
                    return true;
                }

                if (_text[_at] == (byte)'/')
                {
                    if (_at + 1 >= _text.Length || _text[_at + 1] != (byte)'>')
                    {
                        return false;
                    }

                    _at += 2;
                    empty = true;
                    return true;
                }

                if (!spaced)
                {
                    return false; // attributes must be separated by whitespace
                }

                var nameStart = _at;
                if (!IsNameStart(_text[_at]))
                {
                    return false;
                }

                while (_at < _text.Length && IsNameChar(_text[_at]))
                {
                    _at++;
                }

                var attribute = _text[nameStart.._at];
                while (_at < _text.Length && IsSpace(_text[_at]))
                {
                    _at++;
                }

                if (_at >= _text.Length || _text[_at] != (byte)'=')
                {
                    return false;
                }

                _at++;
                while (_at < _text.Length && IsSpace(_text[_at]))
                {
                    _at++;
                }

                if (_at >= _text.Length || (_text[_at] != (byte)'"' && _text[_at] != (byte)'\''))
                {
                    return false;
                }

                var quote = _text[_at++];
                var valueStart = _at;
                var close = _text[_at..].IndexOf(quote);
                if (close < 0)
                {
                    return false;
                }

                var value = _text.Slice(valueStart, close);
                _at += close + 1;
                if (!IsPlainAscii(value, allowLineBreaks: element != GraphMLElement.NodeOrEdge) || value.IndexOfAny((byte)'<', (byte)'&') >= 0)
                {
                    return false; // a reference, a raw '<', or a value the XmlReader would normalise
                }

                var key = HashName(attribute);
                for (var k = 0; k < seenCount; k++)
                {
                    if (seen[k] == key)
                    {
                        return false; // a repeated attribute (or, rarely, a hash collision: either way the XmlReader path decides)
                    }
                }

                if (seenCount == seen.Length)
                {
                    return false;
                }

                seen[seenCount++] = key;
                if (!Prefixed(attribute, value, element))
                {
                    return false;
                }

                if (element == GraphMLElement.NodeOrEdge)
                {
                    if (attribute.SequenceEqual("id"u8))
                    {
                        found.Id = (valueStart, value.Length);
                    }
                    else if (attribute.SequenceEqual("source"u8))
                    {
                        found.Source = (valueStart, value.Length);
                    }
                    else if (attribute.SequenceEqual("target"u8))
                    {
                        found.Target = (valueStart, value.Length);
                    }
                }
            }
        }

        // Namespace prefixes: the root may declare xmlns:p; a prefixed attribute anywhere must use one it declared.
        private bool Prefixed(ReadOnlySpan<byte> attribute, ReadOnlySpan<byte> value, GraphMLElement element)
        {
            var colon = attribute.IndexOf((byte)':');
            if (colon < 0)
            {
                return true;
            }

            var prefix = attribute[..colon];
            var local = attribute[(colon + 1)..];
            if (local.Length == 0 || local.IndexOf((byte)':') >= 0)
            {
                return false;
            }

            if (prefix.SequenceEqual("xmlns"u8))
            {
                if (element != GraphMLElement.Root || value.Length == 0 || local.StartsWith("xml"u8))
                {
                    return false;
                }

                _declaredPrefixes.Add(local.ToArray());
                return true;
            }

            foreach (var declared in _declaredPrefixes)
            {
                if (prefix.SequenceEqual(declared))
                {
                    return true;
                }
            }

            return false;
        }

        private static long HashName(ReadOnlySpan<byte> name)
        {
            var hash = unchecked((long)14695981039346656037UL);
            foreach (var b in name)
            {
                hash = unchecked((hash ^ b) * 1099511628211L);
            }

            return hash;
        }

        private static bool IsPlainAscii(ReadOnlySpan<byte> value, bool allowLineBreaks)
        {
            foreach (var b in value)
            {
                if (b >= 0x80 || (b < 0x20 && !(allowLineBreaks && (b is (byte)'\t' or (byte)'\n' or (byte)'\r'))) || b == 0x7F)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

        private static bool IsLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

        private static bool IsNameStart(byte b) => IsLetter(b) || b == (byte)'_';

        private static bool IsNameChar(byte b) => IsLetter(b) || (uint)(b - '0') <= 9 || b is (byte)'_' or (byte)'-' or (byte)'.' or (byte)':';
    }

    private enum GraphMLElement
    {
        Root,
        Graph,
        NodeOrEdge,
    }

    private struct TagAttributes
    {
        public (int Start, int Length) Id = (-1, 0);
        public (int Start, int Length) Source = (-1, 0);
        public (int Start, int Length) Target = (-1, 0);

        public TagAttributes()
        {
        }
    }
}
