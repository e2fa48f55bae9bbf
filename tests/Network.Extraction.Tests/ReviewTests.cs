using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction.Tests;

/// <summary>The review round trip: sheet written, analyst's accepts and corrections applied, drops reported.</summary>
public class ReviewTests
{
    private static StakeholderNetwork Extracted() => new RuleBasedExtractor().Extract(DocumentReader.Read(TestFiles.SeedRelease)).Network;

    /// <summary>An independent RFC 4180 reader (quoted fields, doubled quotes, CRLF), as a spreadsheet reads the sheet.</summary>
    private static List<List<string>> ReadSheet(string path)
    {
        var text = File.ReadAllText(path).TrimStart('\uFEFF');
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }

    private static void WriteSheet(string path, List<List<string>> rows)
    {
        using var w = new StreamWriter(path);
        foreach (var r in rows)
        {
            w.Write(string.Join(',', r.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n");
        }
    }

    [Test]
    public void Sheet_has_one_row_per_tie_with_an_empty_accept_column()
    {
        var n = Extracted();
        var path = Path.Combine(TestFiles.TempDirectory(), "review.csv");
        ReviewSheet.Write(n, path);
        var rows = ReadSheet(path);
        Assert.That(rows[0].Take(9), Is.EqualTo(new[] { "tie_id", "accept", "source_name", "type", "target_name", "role", "confidence", "rule", "quote" }));
        Assert.That(rows, Has.Count.EqualTo(n.Ties.Count + 1));
        Assert.That(rows.Skip(1).All(r => r[1].Length == 0), Is.True);
        var xia = rows.Single(r => r[2] == "Xia Linmao" && r[3] == "HOLDS_POSITION");
        Assert.That(xia[5], Is.EqualTo("Executive Vice Mayor of Beijing"));
        Assert.That(xia[8], Does.Contain("Xia Linmao"));
    }

    [Test]
    public void Formula_cells_are_escaped_and_read_back()
    {
        var b = new StakeholderNetworkBuilder();
        b.AddDocument(new SourceDocument("d"));
        b.AddStakeholder(new Stakeholder("a", "=cmd|' /C calc'!A0", StakeholderKind.Person));
        b.AddStakeholder(new Stakeholder("o", "@Org", StakeholderKind.Organization));
        b.AddTie(new Tie("a", "o", TieType.HoldsPosition) { Id = "t1", Role = "+Chair", Evidence = [new Evidence("d", "-quote", null, 0)] });
        var n = b.Build();
        var path = Path.Combine(TestFiles.TempDirectory(), "review.csv");
        ReviewSheet.Write(n, path);
        var raw = File.ReadAllText(path);
        foreach (var cell in new[] { "=cmd", "@Org", "+Chair", "-quote" })
        {
            Assert.That(raw, Does.Not.Contain("," + cell).And.Not.Contain(",\"" + cell), cell);
            Assert.That(raw, Does.Contain("'" + cell));
        }

        var rows = ReadSheet(path);
        rows[1][1] = "yes";
        WriteSheet(path, rows);
        var outcome = ReviewSheet.Apply(n, path);
        Assert.That(outcome.Accepted, Is.EqualTo(1), "the escaped cells read back as the original names: no correction");
        Assert.That(outcome.Network.Ties.Single().Role, Is.EqualTo("+Chair"));
    }

    [Test]
    public void Apply_keeps_accepted_applies_corrections_and_reports_drops()
    {
        var n = Extracted();
        var dir = TestFiles.TempDirectory();
        var path = Path.Combine(dir, "review.csv");
        ReviewSheet.Write(n, path);
        var rows = ReadSheet(path);
        var header = rows[0];
        int Col(string c) => header.IndexOf(c);
        var xia = rows.FindIndex(r => r[Col("source_name")] == "Xia Linmao" && r[Col("type")] == "HOLDS_POSITION");
        var hosted = rows.FindIndex(r => r[Col("source_name")] == "Shougang Group" && r[Col("type")] == "HOSTED");
        var rejected = rows.FindIndex(r => r[Col("type")] == "DEVELOPS");
        var renamed = rows.FindIndex(r => r[Col("source_name")] == "Wang Jin" && r[Col("type")] == "HOLDS_POSITION");
        rows[xia][Col("accept")] = "yes";
        rows[hosted][Col("accept")] = "y";
        rows[hosted][Col("type")] = "ORGANIZED";
        rows[renamed][Col("accept")] = "yes";
        rows[renamed][Col("target_name")] = "Bank of Beijing Co., Ltd.";
        rows[rejected][Col("accept")] = "no";
        rows.Add([.. rows[xia]]);
        rows[^1][Col("tie_id")] = "no-such-tie";
        WriteSheet(path, rows);
        var outcome = ReviewSheet.Apply(n, path);
        Assert.That(outcome.Accepted, Is.EqualTo(1));
        Assert.That(outcome.Corrected, Is.EqualTo(2));
        Assert.That(outcome.Network.Ties, Has.Count.EqualTo(3));
        Assert.That(outcome.Dropped, Has.Count.EqualTo(n.Ties.Count - 3));
        Assert.That(outcome.Dropped.Count(d => d.Reason == "rejected by the analyst"), Is.EqualTo(1));
        Assert.That(outcome.Problems.Single(), Does.Contain("no-such-tie").And.Contain("review.csv:"));
        var organized = outcome.Network.Ties.Single(t => t.Type.Name == "ORGANIZED");
        Assert.That(organized.Attributes["review"], Is.EqualTo("corrected"));
        Assert.That(organized.Attributes["reviewChanges"], Does.Contain("type HOSTED -> ORGANIZED"));
        var bank = outcome.Network.Stakeholders.Single(s => s.Name == "Bank of Beijing Co., Ltd.");
        Assert.That(bank.Aliases, Does.Contain("Bank of Beijing"));
        Assert.That(outcome.Network.Ties.Single(t => t.Source == "xia-linmao").Attributes["review"], Is.EqualTo("accepted"));
    }

    [Test]
    public void A_sheet_without_the_accept_column_is_refused()
    {
        var path = Path.Combine(TestFiles.TempDirectory(), "bad.csv");
        File.WriteAllText(path, "id,ok\r\n1,yes\r\n");
        Assert.That(() => ReviewSheet.Apply(Extracted(), path), Throws.TypeOf<NetworkFormatException>().With.Message.Contains("tie_id and accept"));
    }
}
