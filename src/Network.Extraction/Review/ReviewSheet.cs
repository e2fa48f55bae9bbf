using System.Globalization;
using System.Text;
using Stakeholders.Network.Extraction.Rules;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction;

/// <summary>What applying a review sheet kept, corrected and dropped.</summary>
/// <param name="Network">The network with only the accepted ties (corrections applied; attribute <c>review</c> = <c>accepted</c> or <c>corrected</c>).</param>
/// <param name="Accepted">Ties accepted as extracted.</param>
/// <param name="Corrected">Ties accepted with a correction typed into the sheet (name, type or role).</param>
/// <param name="Dropped">Ties dropped, each with the reason (rejected, not reviewed, missing from the sheet).</param>
/// <param name="Problems">Rows that could not be applied (unknown tie id, a bad accept value, a bad type), with their line.</param>
public sealed record ReviewOutcome(StakeholderNetwork Network, int Accepted, int Corrected, IReadOnlyList<(string TieId, string Reason)> Dropped, IReadOnlyList<string> Problems);

/// <summary>
/// The analyst's review of an extraction: a CSV sheet with one row per tie (both names, type, role, confidence, quote and an
/// empty <c>accept</c> column) and, after review, the network with only the accepted ties and the corrections typed into
/// the sheet. Cells a spreadsheet would run as formulas (<c>= + - @</c>) are written with a leading apostrophe and read back
/// without it.
/// </summary>
public static class ReviewSheet
{
    private static readonly string[] Header =
    [
        "tie_id", "accept", "source_name", "type", "target_name", "role", "confidence", "rule", "quote", "document", "offset", "source_id", "target_id",
    ];

    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase) { "yes", "y", "true", "1", "x", "accept", "accepted", "ok" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase) { "no", "n", "false", "0", "reject", "rejected", "drop" };

    /// <summary>Writes the sheet for a network, atomically (UTF-8 with a byte order mark so spreadsheets read it as UTF-8).</summary>
    public static void Write(StakeholderNetwork network, string path)
    {
        ArgumentNullException.ThrowIfNull(network);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(true), leaveOpen: true);
            CsvCodec.WriteRecord(writer, Header);
            foreach (var t in network.Ties)
            {
                var e = t.Evidence.Count > 0 ? t.Evidence[0] : null;
                CsvCodec.WriteRecord(writer,
                [
                    t.Id, string.Empty, network.GetStakeholder(t.Source).Name, t.Type.Name, network.GetStakeholder(t.Target).Name, t.Role,
                    t.Confidence.ToString("0.###", CultureInfo.InvariantCulture), t.Attributes.TryGetValue("rule", out var r) ? r : string.Empty,
                    e?.Quote, e?.DocumentId, e?.Offset?.ToString(CultureInfo.InvariantCulture), t.Source, t.Target,
                ]);
            }
        });
    }

    /// <summary>Keeps the ties the sheet accepts, with the corrections typed into it, and says what it dropped.</summary>
    /// <exception cref="NetworkFormatException">The sheet is not CSV or lacks the <c>tie_id</c> or <c>accept</c> column.</exception>
    public static ReviewOutcome Apply(StakeholderNetwork network, string path)
    {
        ArgumentNullException.ThrowIfNull(network);
        var records = CsvCodec.Parse(File.ReadAllText(path), path);
        if (records.Count == 0)
        {
            throw new NetworkFormatException(path, 1, 1, "the review sheet is empty");
        }

        var header = records[0].Select(f => f.Text.Trim()).ToList();
        int Col(string name) => header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        var idCol = Col("tie_id");
        var acceptCol = Col("accept");
        if (idCol < 0 || acceptCol < 0)
        {
            throw new NetworkFormatException(path, 1, 1, "the review sheet needs the columns tie_id and accept (write one with --review)");
        }

        var sourceCol = Col("source_name");
        var targetCol = Col("target_name");
        var typeCol = Col("type");
        var roleCol = Col("role");
        var ties = network.Ties.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var stakeholders = network.Stakeholders.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        var dropped = new List<(string, string)>();
        var kept = new List<Tie>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int accepted = 0, corrected = 0;
        for (var r = 1; r < records.Count; r++)
        {
            var row = records[r];
            string Cell(int c) => c >= 0 && c < row.Count ? CsvCodec.Restore(row[c].Text) : string.Empty;
            var line = row.Count > 0 ? row[0].Line : r + 1;
            var id = Cell(idCol).Trim();
            if (!ties.TryGetValue(id, out var tie))
            {
                problems.Add($"{path}:{line}: tie '{id}' is not in the extracted network (was the sheet written for these documents and this lexicon?)");
                continue;
            }

            seen.Add(id);
            var accept = Cell(acceptCol).Trim();
            if (accept.Length == 0)
            {
                dropped.Add((id, "not reviewed (accept is empty)"));
                continue;
            }

            if (No.Contains(accept))
            {
                dropped.Add((id, "rejected by the analyst"));
                continue;
            }

            if (!Yes.Contains(accept))
            {
                problems.Add($"{path}:{line}: accept '{accept}' is neither yes nor no; the tie is dropped");
                dropped.Add((id, $"accept value '{accept}' not understood"));
                continue;
            }

            var changes = new List<string>();
            var source = Repoint(tie.Source, Cell(sourceCol), stakeholders, changes, "source");
            var target = Repoint(tie.Target, Cell(targetCol), stakeholders, changes, "target");
            var type = tie.Type;
            var typed = Cell(typeCol).Trim();
            if (typeCol >= 0 && typed.Length > 0 && typed != tie.Type.Name)
            {
                var candidate = new TieType(typed.ToUpperInvariant().Replace(' ', '_'));
                if (!candidate.IsValid)
                {
                    problems.Add($"{path}:{line}: type '{typed}' is not a valid tie type; kept {tie.Type.Name}");
                }
                else
                {
                    changes.Add($"type {tie.Type.Name} -> {candidate.Name}");
                    type = candidate;
                }
            }

            var role = tie.Role;
            if (roleCol >= 0 && Cell(roleCol) != (tie.Role ?? string.Empty))
            {
                var newRole = Cell(roleCol).Trim();
                changes.Add($"role '{tie.Role}' -> '{newRole}'");
                role = newRole.Length == 0 ? null : newRole;
            }

            var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (k, v) in tie.Attributes)
            {
                attributes[k] = v;
            }

            attributes["review"] = changes.Count == 0 ? "accepted" : "corrected";
            if (changes.Count > 0)
            {
                attributes["reviewChanges"] = string.Join("; ", changes);
                corrected++;
            }
            else
            {
                accepted++;
            }

            kept.Add(tie with { Source = source, Target = target, Type = type, Role = role, Attributes = attributes });
        }

        foreach (var t in network.Ties)
        {
            if (!seen.Contains(t.Id))
            {
                dropped.Add((t.Id, "not in the review sheet"));
            }
        }

        var hadTies = new HashSet<string>(network.Ties.SelectMany(t => new[] { t.Source, t.Target }), StringComparer.Ordinal);
        var endpoints = new HashSet<string>(kept.SelectMany(t => new[] { t.Source, t.Target }), StringComparer.Ordinal);
        var builder = new StakeholderNetworkBuilder { Title = network.Title, Description = network.Description };
        foreach (var d in network.Documents)
        {
            builder.AddDocument(d);
        }

        foreach (var s in network.Stakeholders)
        {
            if (endpoints.Contains(s.Id) || !hadTies.Contains(s.Id))
            {
                builder.AddStakeholder(stakeholders[s.Id]);
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in kept)
        {
            var baseId = t.Source + "|" + t.Type.Name + "|" + t.Target;
            var tid = baseId;
            for (var k = 2; !ids.Add(tid); k++)
            {
                tid = baseId + "|" + k.ToString(CultureInfo.InvariantCulture);
            }

            builder.AddTie(t with { Id = tid });
        }

        return new ReviewOutcome(builder.Build(), accepted, corrected, dropped, problems);
    }

    /// <summary>
    /// A name typed over an endpoint: another stakeholder's name or alias re-points the tie to it; a new name renames the
    /// stakeholder (its old name becomes an alias).
    /// </summary>
    private static string Repoint(string id, string typed, Dictionary<string, Stakeholder> stakeholders, List<string> changes, string end)
    {
        typed = typed.Trim();
        var current = stakeholders[id];
        if (typed.Length == 0 || typed == current.Name)
        {
            return id;
        }

        var key = EntityRegistry.Key(typed);
        var other = stakeholders.Values.FirstOrDefault(s => EntityRegistry.Key(s.Name) == key || s.Aliases.Any(a => EntityRegistry.Key(a) == key));
        if (other is not null)
        {
            if (other.Id != id)
            {
                changes.Add($"{end} {current.Name} -> {other.Name}");
            }

            return other.Id;
        }

        changes.Add($"{end} renamed {current.Name} -> {typed}");
        stakeholders[id] = current with { Name = typed, Aliases = current.Aliases.Append(current.Name).Distinct(StringComparer.Ordinal).ToList() };
        return id;
    }
}
