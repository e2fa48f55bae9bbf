namespace Stakeholders.Network.IO;

// A byte scanner for the plain GraphML that igraph and NetworkX write for a graph without attributes. It accepts a
// strict, well-formed subset of XML — ASCII only, no entity or character references, no CDATA, no DOCTYPE, no
// processing instruction after the declaration, no text but whitespace, prefixed names only for declared xmlns
// prefixes — and declines (returns null) on anything else, so the XmlReader path (TryReadGraphML) and then the full
// reader decide every other file with the same answers and positions as before. What it accepts, it reads exactly as
// TryReadGraphML does (tested equal on every fixture and on mutated files).
internal sealed partial class PlainGraphSource
{
    /// <summary>The scanner's read size: it holds one chunk (more only while one element is longer), not the file.</summary>
    internal const int GraphMLChunkSize = 1 << 17;

    /// <summary>Scans the bytes of a keyless GraphML file, or returns null when the file is outside the accepted subset.</summary>
    /// <param name="text">The file's bytes.</param>
    /// <param name="chunkSize">How many bytes the scanner reads at a time (a test knob: a tiny size puts chunk boundaries everywhere).</param>
    internal static PlainGraphSource? TryScanGraphML(byte[] text, int chunkSize = GraphMLChunkSize)
    {
        using var stream = new MemoryStream(text, writable: false);
        return TryScanGraphML(stream, chunkSize);
    }

    /// <summary>Scans a keyless GraphML file from a stream, a chunk at a time, or returns null when the file is outside the accepted subset.</summary>
    internal static PlainGraphSource? TryScanGraphML(Stream stream, int chunkSize = GraphMLChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var scanner = new GraphMLScanner(stream, chunkSize);
        return scanner.Scan();
    }

    // The scanner reads a sliding buffer. Every step (the prolog up to the root's start tag; a comment-and-whitespace run
    // followed by one tag or element) is parsed from the buffer as if it were the whole text; a step that fails while
    // more input remains is retried from its start after the buffer is refilled (kept bytes moved to the front, the
    // buffer doubled only when one step fills it). A step cut short by the buffer's end always fails (every accepted
    // construct ends with a byte the scanner must see: '>', a closing quote, "-->", "?>"), so a retry never changes an
    // answer; a step that fails with the whole rest of the file in the buffer declines the file, as before.
    private ref struct GraphMLScanner
    {
        private readonly Stream _stream;
        private byte[] _buffer;
        private int _length;
        private bool _eof;
        private ReadOnlySpan<byte> _text;
        private int _at;
        private readonly List<byte[]> _declaredPrefixes;

        public GraphMLScanner(Stream stream, int chunkSize)
        {
            _stream = stream;
            _buffer = new byte[chunkSize];
            _length = 0;
            _eof = false;
            _text = default;
            _at = 0;
            _declaredPrefixes = [];
        }

        private enum Step
        {
            Fail,
            End,
            Element,
        }

        public PlainGraphSource? Scan()
        {
            Refill(0);
            int start;
            bool ok;
            do
            {
                start = _at;
                ok = Prolog();
            }
            while (!ok && Again(start));

            if (!ok)
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
                Step step;
                bool empty;
                do
                {
                    start = _at;
                    step = RootChild(out empty);
                }
                while (step == Step.Fail && Again(start));

                if (step == Step.Fail)
                {
                    return null;
                }

                if (step == Step.End)
                {
                    break;
                }

                // Only one <graph> under the root; a second one is the XmlReader path's to judge.
                if (graphs++ > 0)
                {
                    return null;
                }

                if (empty)
                {
                    continue;
                }

                while (true)
                {
                    var attributes = new TagAttributes();
                    bool isNode;
                    do
                    {
                        start = _at;
                        attributes = new TagAttributes();
                        step = GraphChild(ref attributes, out isNode);
                    }
                    while (step == Step.Fail && Again(start));

                    if (step == Step.Fail)
                    {
                        return null;
                    }

                    if (step == Step.End)
                    {
                        break;
                    }

                    // The attribute values are slices of the buffer, used before it is next refilled.
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

            // After the root: only whitespace and comments, to the end of the file.
            while (true)
            {
                start = _at;
                ok = Misc() && _at == _text.Length;
                if (_eof)
                {
                    break;
                }

                Refill(ok ? _at : start);
            }

            if (!ok || graphs == 0 || declared.Count != ids.Count)
            {
                return null;
            }

            return FromDeclared(ids, declared, edges);
        }

        // A failed step with more input to come: keep the bytes from the step's start, read more, try again.
        private bool Again(int start)
        {
            if (_eof)
            {
                return false;
            }

            Refill(start);
            return true;
        }

        // Moves the bytes from keepFrom on to the front (doubling the buffer when they fill it) and reads until the
        // buffer is full or the input ends; parsing restarts at the front.
        private void Refill(int keepFrom)
        {
            var kept = _length - keepFrom;
            if (keepFrom == 0 && _length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            else if (kept > 0 && keepFrom > 0)
            {
                Buffer.BlockCopy(_buffer, keepFrom, _buffer, 0, kept);
            }

            _length = kept;
            while (_length < _buffer.Length)
            {
                var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
                if (read == 0)
                {
                    _eof = true;
                    break;
                }

                _length += read;
            }

            _text = _buffer.AsSpan(0, _length);
            _at = 0;
        }

        // An optional BOM and declaration, whitespace and comments, and the root's start tag <graphml ...>.
        private bool Prolog()
        {
            _declaredPrefixes.Clear();
            if (_text.StartsWith("\uFEFF"u8))
            {
                _at = 3;
            }

            if (_text[_at..].StartsWith("<?xml"u8) && !Declaration())
            {
                return false;
            }

            return Misc() && StartTag(out var name, out var empty, GraphMLElement.Root) && name.SequenceEqual("graphml"u8) && !empty;
        }

        // Whitespace and comments, then </graphml> (End) or a <graph> start tag (Element).
        private Step RootChild(out bool empty)
        {
            empty = false;
            if (!Misc())
            {
                return Step.Fail;
            }

            if (AtEndTag())
            {
                return EndTag("graphml"u8) ? Step.End : Step.Fail;
            }

            return StartTag(out var name, out empty, GraphMLElement.Graph) && name.SequenceEqual("graph"u8) ? Step.Element : Step.Fail;
        }

        // Whitespace and comments, then </graph> (End) or a whole <node> or <edge> element (Element).
        private Step GraphChild(ref TagAttributes attributes, out bool isNode)
        {
            isNode = false;
            if (!Misc())
            {
                return Step.Fail;
            }

            if (AtEndTag())
            {
                return EndTag("graph"u8) ? Step.End : Step.Fail;
            }

            if (!StartTag(out var name, out var empty, GraphMLElement.NodeOrEdge, ref attributes))
            {
                return Step.Fail;
            }

            isNode = name.SequenceEqual("node"u8);
            if (!isNode && !name.SequenceEqual("edge"u8))
            {
                return Step.Fail;
            }

            // Content other than whitespace and comments: the XmlReader path decides.
            return empty || (Misc() && EndTag(isNode ? "node"u8 : "edge"u8)) ? Step.Element : Step.Fail;
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
