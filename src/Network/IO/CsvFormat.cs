using System.Globalization;
using System.Text;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// Spreadsheet CSV (name <c>csv</c>): a nodes sheet and an edges sheet, as stakeholder-mapping tools export them, plus an
/// optional documents sheet. See <c>docs/formats.md</c> for the columns.
/// </summary>
/// <remarks>
/// <para>Files: <c>network.csv</c> stands for the set <c>network.nodes.csv</c>, <c>network.edges.csv</c> and <c>network.documents.csv</c>
/// (the last is optional when reading). Reading also accepts either sheet's own path. When neither
/// sheet exists but <c>network.csv</c> itself does, it is read as an edges sheet. A missing nodes sheet means the
/// stakeholders are the tie endpoints (kind person, name = id); a missing edges sheet means no ties.</para>
/// <para>RFC 4180: comma separator, a header row, quoted fields may hold commas, line breaks and doubled quotes; a byte
/// order mark is skipped. Columns are matched by header name, case-insensitively, in any order; unknown columns become
/// attributes (a header <c>attr:NAME</c> is the attribute <c>NAME</c>, which is how the writer names attributes whose
/// key is a column name). A tie with several pieces of evidence takes one row per piece: rows repeating a tie id add
/// evidence to the tie of the first row (its other cells are not read again).</para>
/// <para>Formula injection: on writing, a cell starting with <c>= + - @</c>, tab or carriage return (possibly after
/// apostrophes) gets a leading <c>'</c>, so a spreadsheet shows it as text; on reading, that one leading <c>'</c> is
/// removed again, and nothing else is changed.</para>
/// </remarks>
public static class CsvFormat
{
    private const string AttributePrefix = "attr:";

    private static readonly string[] NodeColumns = ["id", "name", "kind", "organization_type", "aliases", "description"];

    private static readonly string[] EdgeColumns =
    [
        "id", "source", "target", "type", "role", "start", "end", "strength", "confidence",
        "evidence_document", "evidence_quote", "evidence_url", "evidence_offset",
    ];

    private static readonly string[] DocumentColumns = ["id", "title", "url", "published", "path"];

    // Accepted spellings of the fixed columns, from common exports (Gephi: Id/Label/Source/Target/Weight; Kumu: From/To).
    private static readonly Dictionary<string, string> NodeSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["label"] = "name",
        ["type"] = "kind",
        ["organizationtype"] = "organization_type",
        ["organization type"] = "organization_type",
    };

    private static readonly Dictionary<string, string> EdgeSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["from"] = "source",
        ["to"] = "target",
        ["weight"] = "strength",
    };

    /// <summary>The sheet paths a <c>.csv</c> path stands for.</summary>
    /// <param name="path"><c>x.csv</c>, <c>x.nodes.csv</c> or <c>x.edges.csv</c>.</param>
    public static (string Nodes, string Edges, string Documents) SheetPaths(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stem = StripSuffix(path, ".nodes.csv") ?? StripSuffix(path, ".edges.csv") ?? StripSuffix(path, ".documents.csv") ?? StripSuffix(path, ".csv") ?? path;
        return (stem + ".nodes.csv", stem + ".edges.csv", stem + ".documents.csv");
    }

    /// <summary>Reads a network from its sheets (see the remarks for how <paramref name="path"/> is resolved).</summary>
    /// <exception cref="FileNotFoundException">No sheet exists for the path.</exception>
    /// <exception cref="NetworkFormatException">A sheet is not valid CSV or lacks a required column.</exception>
    /// <exception cref="NetworkValidationException">The content has problems; every one is listed with file:line:column.</exception>
    public static StakeholderNetwork Read(string path)
    {
        var (nodes, edges, documents) = SheetPaths(path);
        var hasNodes = File.Exists(nodes);
        var hasEdges = File.Exists(edges);
        if (!hasNodes && !hasEdges)
        {
            if (File.Exists(path))
            {
                return Read(null, null, ReadText(path), path, null, null);
            }

            throw new FileNotFoundException($"Neither '{nodes}' nor '{edges}' exists (a CSV network is a nodes sheet and an edges sheet).", path);
        }

        return Read(
            hasNodes ? ReadText(nodes) : null, nodes,
            hasEdges ? ReadText(edges) : null, edges,
            File.Exists(documents) ? ReadText(documents) : null, documents);
    }

    /// <summary>Reads a network from sheet texts; any may be null.</summary>
    /// <param name="nodes">The nodes sheet, or null to take the stakeholders from the tie endpoints.</param>
    /// <param name="nodesName">Its name in messages.</param>
    /// <param name="edges">The edges sheet, or null for no ties.</param>
    /// <param name="edgesName">Its name in messages.</param>
    /// <param name="documents">The documents sheet, or null.</param>
    /// <param name="documentsName">Its name in messages.</param>
    public static StakeholderNetwork Read(string? nodes, string? nodesName, string? edges, string? edgesName, string? documents = null, string? documentsName = null)
    {
        var builder = StakeholderNetworkBuilder.ForReading();
        if (documents is not null)
        {
            ReadDocuments(builder, documents, documentsName ?? "<documents>");
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        if (nodes is not null)
        {
            ReadNodes(builder, nodes, nodesName ?? "<nodes>", known);
        }

        if (edges is not null)
        {
            ReadEdges(builder, edges, edgesName ?? "<edges>", nodes is null ? known : null);
        }

        return builder.Build();
    }

    /// <summary>Writes the sheets for <paramref name="path"/> (see <see cref="SheetPaths"/>), each atomically.</summary>
    /// <remarks>All three sheets are always written (the documents sheet may hold only its header), so no stale sheet survives.</remarks>
    public static void Write(StakeholderNetwork network, string path)
    {
        ArgumentNullException.ThrowIfNull(network);
        var (nodes, edges, documents) = SheetPaths(path);
        AtomicFile.WriteAll(
        [
            (nodes, s => WriteText(s, w => WriteNodes(network, w))),
            (edges, s => WriteText(s, w => WriteEdges(network, w))),
            (documents, s => WriteText(s, w => WriteDocuments(network, w))),
        ]);
    }

    /// <summary>Writes the nodes sheet: the fixed columns, then one column per attribute key (sorted).</summary>
    public static void WriteNodes(StakeholderNetwork network, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        var keys = AttributeKeys(network.Stakeholders.Select(s => s.Attributes));
        CsvCodec.WriteRecord(writer, NodeColumns.Concat(keys.Select(k => ColumnForAttribute(k, NodeColumns, NodeSynonyms))));
        foreach (var s in network.Stakeholders)
        {
            var row = new List<string?>
            {
                s.Id, s.Name, s.Kind.ToName(),
                s.OrganizationType == OrganizationType.Unspecified ? null : s.OrganizationType.ToName(),
                JoinAliases(s.Aliases), s.Description,
            };
            row.AddRange(keys.Select(k => s.Attributes.TryGetValue(k, out var v) ? v : null));
            CsvCodec.WriteRecord(writer, row);
        }
    }

    /// <summary>Writes the edges sheet: the fixed columns, then one column per attribute key; one row per evidence item.</summary>
    public static void WriteEdges(StakeholderNetwork network, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        var keys = AttributeKeys(network.Ties.Select(t => t.Attributes));
        CsvCodec.WriteRecord(writer, EdgeColumns.Concat(keys.Select(k => ColumnForAttribute(k, EdgeColumns, EdgeSynonyms))));
        foreach (var t in network.Ties)
        {
            var evidence = t.Evidence.Count == 0 ? [null] : t.Evidence.Cast<Evidence?>().ToArray();
            foreach (var e in evidence)
            {
                var row = new List<string?>
                {
                    t.Id, t.Source, t.Target, t.Type.Name, t.Role, t.Period?.Start?.ToString(), t.Period?.End?.ToString(),
                    t.Strength.ToString("R", CultureInfo.InvariantCulture), t.Confidence.ToString("R", CultureInfo.InvariantCulture),
                    e?.DocumentId, e?.Quote, e?.Url?.OriginalString, e?.Offset?.ToString(CultureInfo.InvariantCulture),
                };
                row.AddRange(keys.Select(k => t.Attributes.TryGetValue(k, out var v) ? v : null));
                CsvCodec.WriteRecord(writer, row);
            }
        }
    }

    /// <summary>Writes the documents sheet.</summary>
    public static void WriteDocuments(StakeholderNetwork network, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        CsvCodec.WriteRecord(writer, DocumentColumns);
        foreach (var d in network.Documents)
        {
            CsvCodec.WriteRecord(writer, [d.Id, d.Title, d.Url?.OriginalString, d.Published?.ToString(), d.Path]);
        }
    }

    private static void WriteText(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        write(writer);
    }

    private static string ReadText(string path) => File.ReadAllText(path, Encoding.UTF8);

    private static string? StripSuffix(string path, string suffix) =>
        path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? path[..^suffix.Length] : null;

    private static List<string> AttributeKeys(IEnumerable<IReadOnlyDictionary<string, string>> all) =>
        all.SelectMany(a => a.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static string ColumnForAttribute(string key, string[] fixedColumns, Dictionary<string, string> synonyms)
    {
        var clashes = fixedColumns.Contains(key.Trim(), StringComparer.OrdinalIgnoreCase)
            || synonyms.ContainsKey(key.Trim())
            || key.StartsWith(AttributePrefix, StringComparison.OrdinalIgnoreCase)
            || key.Trim().Length != key.Length
            || key.Length == 0;
        return clashes ? AttributePrefix + key : key;
    }

    private static string? JoinAliases(IReadOnlyList<string> aliases) =>
        aliases.Count == 0 ? null : string.Join(";", aliases.Select(a => a.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)));

    private static string[] SplitAliases(string text)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '\\' or ';')
            {
                current.Append(text[++i]);
            }
            else if (c == ';')
            {
                result.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        result.Add(current.ToString());
        return result.Select(a => a.Trim()).Where(a => a.Length > 0).ToArray();
    }

    /// <summary>A sheet's header, mapping fixed column names and attribute names to positions.</summary>
    private sealed class Sheet
    {
        private readonly Dictionary<string, int> _fixed = new(StringComparer.Ordinal);

        private Sheet(string name, List<List<CsvField>> records)
        {
            Name = name;
            Records = records;
        }

        public string Name { get; }

        public List<List<CsvField>> Records { get; }

        public List<(string Key, int Index)> Attributes { get; } = [];

        public static Sheet Open(string text, string name, string[] fixedColumns, Dictionary<string, string> synonyms, string[] required)
        {
            var records = CsvCodec.Parse(text, name);
            if (records.Count == 0)
            {
                throw new NetworkFormatException(name, 1, 1, $"the sheet is empty; expected a header row ({string.Join(",", fixedColumns)})");
            }

            var sheet = new Sheet(name, records);
            var header = records[0];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                var raw = CsvCodec.Restore(header[i].Text);
                var trimmed = raw.Trim();
                string key;
                if (trimmed.StartsWith(AttributePrefix, StringComparison.OrdinalIgnoreCase))
                {
                    key = AttributePrefix + raw[(raw.IndexOf(':', StringComparison.Ordinal) + 1)..];
                }
                else if (fixedColumns.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
                {
                    key = trimmed.ToLowerInvariant();
                }
                else if (synonyms.TryGetValue(trimmed, out var canonical) && !header.Any(h => string.Equals(h.Text.Trim(), canonical, StringComparison.OrdinalIgnoreCase)))
                {
                    key = canonical;
                }
                else
                {
                    key = AttributePrefix + trimmed;
                }

                if (trimmed.Length == 0)
                {
                    throw new NetworkFormatException(name, header[i].Line, header[i].Column, $"column {i + 1} of the header has no name");
                }

                if (!seen.Add(key))
                {
                    throw new NetworkFormatException(name, header[i].Line, header[i].Column, $"column '{trimmed}' appears twice in the header");
                }

                if (key.StartsWith(AttributePrefix, StringComparison.Ordinal))
                {
                    sheet.Attributes.Add((key[AttributePrefix.Length..], i));
                }
                else
                {
                    sheet._fixed[key] = i;
                }
            }

            var missing = required.Where(r => !sheet._fixed.ContainsKey(r)).ToArray();
            if (missing.Length > 0)
            {
                throw new NetworkFormatException(name, header[0].Line, 1,
                    $"the header lacks the required column{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}");
            }

            return sheet;
        }

        public bool Has(string column) => _fixed.ContainsKey(column);

        /// <summary>The restored cell text, or null when the column is absent or the cell empty.</summary>
        public string? Cell(List<CsvField> row, string column) =>
            _fixed.TryGetValue(column, out var i) && i < row.Count && row[i].Text.Length > 0 ? CsvCodec.Restore(row[i].Text) : null;

        public string Where(List<CsvField> row, string? column = null)
        {
            var field = column is not null && _fixed.TryGetValue(column, out var i) && i < row.Count ? row[i] : row[0];
            return NetworkFormatException.Location(Name, field.Line, field.Column);
        }

        public SortedDictionary<string, string> AttributesOf(List<CsvField> row)
        {
            var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, index) in Attributes)
            {
                if (index < row.Count && row[index].Text.Length > 0)
                {
                    attributes[key] = CsvCodec.Restore(row[index].Text);
                }
            }

            return attributes;
        }

        public IEnumerable<List<CsvField>> Rows(StakeholderNetworkBuilder builder)
        {
            var width = Records[0].Count;
            foreach (var row in Records.Skip(1))
            {
                if (row.Count > width)
                {
                    builder.ReportProblem(NetworkFormatException.Location(Name, row[width].Line, row[width].Column),
                        string.Create(CultureInfo.InvariantCulture, $"the row has {row.Count} fields but the header has {width}"));
                    continue;
                }

                yield return row;
            }
        }
    }

    private static void ReadDocuments(StakeholderNetworkBuilder builder, string text, string name)
    {
        var sheet = Sheet.Open(text, name, DocumentColumns, [], ["id"]);
        foreach (var row in sheet.Rows(builder))
        {
            var id = sheet.Cell(row, "id") ?? string.Empty;
            var url = Url(builder, sheet, row, "url");
            var published = Date(builder, sheet, row, "published");
            builder.AddDocument(new SourceDocument(id, sheet.Cell(row, "title"), url, published, sheet.Cell(row, "path")), sheet.Where(row));
        }
    }

    private static void ReadNodes(StakeholderNetworkBuilder builder, string text, string name, HashSet<string> known)
    {
        var sheet = Sheet.Open(text, name, NodeColumns, NodeSynonyms, ["id"]);
        foreach (var row in sheet.Rows(builder))
        {
            var id = sheet.Cell(row, "id") ?? string.Empty;
            var typeText = sheet.Cell(row, "organization_type");
            var organizationType = OrganizationType.Unspecified;
            if (typeText is not null && !ModelNames.TryParseOrganizationType(typeText, out organizationType))
            {
                builder.ReportProblem(sheet.Where(row, "organization_type"),
                    $"unknown organization type '{typeText}'; expected one of {string.Join(", ", ModelNames.OrganizationTypeNames)}");
            }

            var kindText = sheet.Cell(row, "kind");
            StakeholderKind kind;
            if (kindText is null)
            {
                // A blank kind is a person, unless an organization type says it is an organization.
                kind = typeText is null ? StakeholderKind.Person : StakeholderKind.Organization;
            }
            else if (!ModelNames.TryParseKind(kindText, out kind))
            {
                builder.ReportProblem(sheet.Where(row, "kind"), $"unknown kind '{kindText}'; expected one of {string.Join(", ", ModelNames.KindNames)}");
            }

            known.Add(id);
            builder.AddStakeholder(
                new Stakeholder(id, sheet.Cell(row, "name") ?? id, kind)
                {
                    OrganizationType = organizationType,
                    Aliases = sheet.Cell(row, "aliases") is { } aliases ? SplitAliases(aliases) : [],
                    Description = sheet.Cell(row, "description"),
                    Attributes = sheet.AttributesOf(row),
                },
                sheet.Where(row));
        }
    }

    private sealed class TieDraft(Tie tie, string location)
    {
        public Tie Tie { get; set; } = tie;

        public string Location { get; } = location;

        public List<Evidence> Evidence { get; } = [];
    }

    private static void ReadEdges(StakeholderNetworkBuilder builder, string text, string name, HashSet<string>? inferStakeholders)
    {
        var sheet = Sheet.Open(text, name, EdgeColumns, EdgeSynonyms, ["source", "target"]);
        var drafts = new List<TieDraft>();
        var byId = new Dictionary<string, TieDraft>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows(builder))
        {
            var id = sheet.Cell(row, "id");
            var source = sheet.Cell(row, "source") ?? string.Empty;
            var target = sheet.Cell(row, "target") ?? string.Empty;
            var type = sheet.Cell(row, "type") ?? EdgeListFormat.DefaultTieType.Name;
            var evidence = ReadEvidence(builder, sheet, row);
            if (id is not null && byId.TryGetValue(id, out var first))
            {
                if (first.Tie.Source != source || first.Tie.Target != target || first.Tie.Type.Name != type)
                {
                    builder.ReportProblem(sheet.Where(row, "id"),
                        $"tie id '{id}' is repeated with a different source, target or type (a repeated id adds evidence to the tie of its first row)");
                }

                if (evidence is not null)
                {
                    first.Evidence.Add(evidence);
                }

                continue;
            }

            var start = Date(builder, sheet, row, "start");
            var end = Date(builder, sheet, row, "end");
            var tie = new Tie(source, target, new TieType(type))
            {
                Id = id ?? string.Empty,
                Role = sheet.Cell(row, "role"),
                Period = start is null && end is null ? null : new DatePeriod(start, end),
                Strength = Number(builder, sheet, row, "strength") ?? 1.0,
                Confidence = Number(builder, sheet, row, "confidence") ?? 1.0,
                Attributes = sheet.AttributesOf(row),
            };
            var draft = new TieDraft(tie, sheet.Where(row));
            if (evidence is not null)
            {
                draft.Evidence.Add(evidence);
            }

            drafts.Add(draft);
            if (id is not null)
            {
                byId[id] = draft;
            }

            if (inferStakeholders is not null)
            {
                foreach (var endpoint in new[] { source, target })
                {
                    if (endpoint.Length > 0 && inferStakeholders.Add(endpoint))
                    {
                        builder.AddStakeholder(new Stakeholder(endpoint, endpoint, EdgeListFormat.VertexKind), sheet.Where(row, endpoint == source ? "source" : "target"));
                    }
                }
            }
        }

        foreach (var draft in drafts)
        {
            builder.AddTie(draft.Tie with { Evidence = draft.Evidence }, draft.Location);
        }
    }

    private static Evidence? ReadEvidence(StakeholderNetworkBuilder builder, Sheet sheet, List<CsvField> row)
    {
        var document = sheet.Cell(row, "evidence_document");
        var quote = sheet.Cell(row, "evidence_quote");
        var url = Url(builder, sheet, row, "evidence_url");
        var offsetText = sheet.Cell(row, "evidence_offset");
        int? offset = null;
        if (offsetText is not null)
        {
            if (int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out var o))
            {
                offset = o;
            }
            else
            {
                builder.ReportProblem(sheet.Where(row, "evidence_offset"), $"evidence_offset '{offsetText}' is not a non-negative integer");
            }
        }

        return document is null && quote is null && url is null && offsetText is null
            ? null
            : new Evidence(document ?? string.Empty, quote ?? string.Empty, url, offset);
    }

    private static PartialDate? Date(StakeholderNetworkBuilder builder, Sheet sheet, List<CsvField> row, string column)
    {
        var text = sheet.Cell(row, column);
        if (text is null)
        {
            return null;
        }

        if (!PartialDate.TryParse(text, out var date, out var reason))
        {
            builder.ReportProblem(sheet.Where(row, column), $"{column}: {reason}");
            return null;
        }

        return date;
    }

    private static double? Number(StakeholderNetworkBuilder builder, Sheet sheet, List<CsvField> row, string column)
    {
        var text = sheet.Cell(row, column);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            builder.ReportProblem(sheet.Where(row, column), $"{column} '{text}' is not a number");
            return null;
        }

        return value;
    }

    private static Uri? Url(StakeholderNetworkBuilder builder, Sheet sheet, List<CsvField> row, string column)
    {
        var text = sheet.Cell(row, column);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri))
        {
            builder.ReportProblem(sheet.Where(row, column), $"{column} '{text}' is not a URL");
            return null;
        }

        return uri;
    }
}
