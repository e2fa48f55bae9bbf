using System.Text;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

public class NativeJsonTests
{
    private static string DataFile(string name) => Path.Combine(TestGraphs.DataDirectory, "io", name);

    [Test]
    public void Rich_network_round_trips_through_text_stream_and_file()
    {
        var network = SampleNetworks.Rich();
        var text = NativeJson.Serialize(network);
        SampleNetworks.AssertSame(NativeJson.Parse(text), network);

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        SampleNetworks.AssertSame(NativeJson.Read(stream, "mem"), network);

        var dir = SampleNetworks.TempDirectory();
        try
        {
            var path = Path.Combine(dir, "n.json");
            NativeJson.Write(network, path);
            SampleNetworks.AssertSame(NativeJson.Read(path), network);
            Assert.That(File.ReadAllText(path), Is.EqualTo(text));
            Assert.That(Directory.GetFiles(dir), Has.Length.EqualTo(1), "no temporary file left behind");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void Output_is_deterministic_and_stable_under_a_second_round_trip()
    {
        var first = NativeJson.Serialize(SampleNetworks.Rich());
        var second = NativeJson.Serialize(NativeJson.Parse(first));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Not.Contain("\r"));
        Assert.That(first, Does.EndWith("}\n"));
        Assert.That(first, Does.StartWith("{\n  \"format\": \"stakeholders-network\",\n  \"version\": 1,\n"));
        Assert.That(first, Does.Contain("石景山区"), "non-ASCII letters are written as themselves");
        Assert.That(first, Does.Not.Contain("<script>"), "markup characters are escaped");
    }

    [Test]
    public void Sample_file_matches_the_documented_schema()
    {
        var network = NativeJson.Read(DataFile("sample.json"));
        Assert.That(network.Title, Is.EqualTo("Sample forum"));
        Assert.That(network.Stakeholders.Select(s => s.Id), Is.EqualTo(new[] { "xia-linmao", "beijing-municipal-government", "shougang-group", "forum-2023" }));
        var shougang = network.GetStakeholder("shougang-group");
        Assert.That(shougang.OrganizationType, Is.EqualTo(OrganizationType.StateOwnedEnterprise));
        Assert.That(shougang.Aliases, Is.EqualTo(new[] { "Shougang" }));
        Assert.That(shougang.Attributes["country"], Is.EqualTo("CN"));
        Assert.That(shougang.Attributes["founded"], Is.EqualTo("1919"), "numbers in attributes are kept as their text");

        var tie = network.Ties[0];
        Assert.That(tie.Id, Is.EqualTo("t-001"));
        Assert.That(tie.Type, Is.EqualTo(TieType.HoldsPosition));
        Assert.That(tie.Period, Is.EqualTo(new DatePeriod(PartialDate.Parse("2023-09"), null)));
        Assert.That(tie.Evidence.Single().Offset, Is.EqualTo(812));
        Assert.That(tie.Evidence.Single().Url, Is.Null);

        var derived = network.Ties[1];
        Assert.That(derived.Id, Is.EqualTo("shougang-group|HOSTED|forum-2023"));
        Assert.That(derived.Period, Is.Null);
        Assert.That(derived.Strength, Is.EqualTo(1.0));
        Assert.That(derived.Confidence, Is.EqualTo(0.5));
        Assert.That(network.Documents.Single().Published, Is.EqualTo(PartialDate.Parse("2023-09-05")));
    }

    [Test]
    public void Syntax_error_names_line_and_column()
    {
        const string json = "{\n  \"format\": \"stakeholders-network\",\n  \"version\": 1,\n  \"stakeholders\": [,]\n}";
        var e = Assert.Throws<NetworkFormatException>(() => NativeJson.Parse(json, "bad.json"))!;
        Assert.That(e.Line, Is.EqualTo(4));
        Assert.That(e.Column, Is.EqualTo(20));
        Assert.That(e.Message, Does.StartWith("bad.json:4:20: invalid JSON"));
    }

    [Test]
    public void Syntax_error_column_counts_characters_not_bytes_and_ignores_a_bom()
    {
        var json = "\uFEFF{\"title\": \"石景山\" x}";
        var e = Assert.Throws<NetworkFormatException>(() => NativeJson.Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json[1..])).ToArray(), "u.json"))!;
        Assert.That((e.Line, e.Column), Is.EqualTo((1, 17)));
    }

    [Test]
    public void Empty_and_truncated_input_are_refused_with_a_position()
    {
        Assert.That(Assert.Throws<NetworkFormatException>(() => NativeJson.Parse("", "e.json"))!.Message, Does.StartWith("e.json:1:1:"));
        var e = Assert.Throws<NetworkFormatException>(() => NativeJson.Parse("{\n  \"format\": \"stakeholders-network\",\n", "t.json"))!;
        Assert.That(e.Line, Is.GreaterThanOrEqualTo(2));
        Assert.That(e.Message, Does.StartWith("t.json:"));
    }

    [TestCase("[]", "1:1", "top level")]
    [TestCase("{\"version\": 1}", "1:1", "missing field 'format'")]
    [TestCase("{\"format\": \"other\", \"version\": 1}", "1:12", "must be \"stakeholders-network\"")]
    [TestCase("{\"format\": \"stakeholders-network\"}", "1:1", "missing field 'version'")]
    [TestCase("{\"format\": \"stakeholders-network\",\n \"version\": 2}", "2:13", "schema version 2 is newer than this reader supports (1)")]
    [TestCase("{\"format\": \"stakeholders-network\",\n \"version\": \"1\"}", "2:13", "must be a positive integer")]
    [TestCase("{\"format\": \"stakeholders-network\", \"version\": 1} {}", "1:50", "invalid after a single JSON value")]
    public void Header_problems_are_fatal_with_a_position(string json, string position, string reason)
    {
        var e = Assert.Throws<NetworkFormatException>(() => NativeJson.Parse(json, "h.json"))!;
        Assert.That(e.Message, Does.StartWith("h.json:" + position + ": "));
        Assert.That(e.Message, Does.Contain(reason));
    }

    [Test]
    public void Semantic_problems_are_all_reported_at_once_at_the_offending_value()
    {
        var e = Assert.Throws<NetworkValidationException>(() => NativeJson.Read(DataFile("invalid-semantics.json")))!;
        var problems = e.Problems.Select(p => p.ToString().Replace(DataFile("invalid-semantics.json"), "F", StringComparison.Ordinal)).ToArray();
        var expected = new[]
        {
            "F:7:38: unknown kind 'robot'; expected one of person, organization, event, place, initiative",
            "F:8:74: unknown organization type 'pirate'; expected one of unspecified, government, state-owned-enterprise, company, financial, academic, association, diplomatic, media, other",
            "F:9:5: missing required field 'name'",
            "F:10:25: field 'name' must be a string, found a number",
            "F:10:64: field 'aliases' must hold strings only, found a boolean",
            "F:11:47: duplicate field 'id'",
            "F:12:5: expected a stakeholder (an object), found a string",
            "F:17:74: field 'start': '2023-13' is not a valid date: month 13 is outside 1..12",
            "F:18:77: field 'strength' must be a number, found \"strong\"",
            "F:19:72: field 'end': 'soon' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
            "F:20:5: missing required field 'target'",
            "F:21:78: missing required field 'quote'",
            "F:22:90: attribute 'nested' must be a string, number or boolean, found an object",
            "F:23:120: field 'offset' must be a non-negative integer, found -3",
            "F:10:5: duplicate stakeholder id 'a'",
            "F:16:5: tie 'a|KNOWS|nobody' ends at unknown stakeholder 'nobody'",
            "F:24:5: tie 'a|KNOWS|b' has confidence 2; it must be between 0 and 1",
        };
        Assert.That(problems, Is.EquivalentTo(expected));
    }

    [Test]
    public void Missing_stakeholders_and_ties_arrays_are_reported()
    {
        var e = Assert.Throws<NetworkValidationException>(() => NativeJson.Parse("{\"format\": \"stakeholders-network\", \"version\": 1, \"ties\": {}}", "m.json"))!;
        Assert.That(e.Problems.Select(p => p.ToString()), Is.EquivalentTo(new[]
        {
            "m.json:1:1: missing required field 'stakeholders' (an array)",
            "m.json:1:58: field 'ties' must be an array, found an object",
        }));
    }

    [Test]
    public void Period_absent_differs_from_period_with_open_ends()
    {
        const string json = """
            {"format": "stakeholders-network", "version": 1,
             "stakeholders": [{"id": "a", "name": "A", "kind": "person"}],
             "ties": [{"source": "a", "target": "a", "type": "X"},
                      {"source": "a", "target": "a", "type": "X", "start": null, "end": null}]}
            """;
        var network = NativeJson.Parse(json);
        Assert.That(network.Ties[0].Period, Is.Null);
        Assert.That(network.Ties[1].Period, Is.EqualTo(DatePeriod.Always));
        SampleNetworks.AssertSame(NativeJson.Parse(NativeJson.Serialize(network)), network);
    }

    [Test]
    public void Unknown_fields_comments_and_trailing_commas_are_accepted()
    {
        const string json = """
            // a hand-written file
            {"format": "stakeholders-network", "version": 1, "future": {"x": [1, 2]},
             "stakeholders": [{"id": "a", "name": "A", "kind": "Organisation", "colour": "red",},],
             "ties": []}
            """;
        var network = NativeJson.Parse(json);
        Assert.That(network.Stakeholders.Single().Kind, Is.EqualTo(StakeholderKind.Organization));
    }

    [Test]
    public void Failed_write_leaves_the_old_file_intact()
    {
        var dir = SampleNetworks.TempDirectory();
        try
        {
            var path = Path.Combine(dir, "n.json");
            File.WriteAllText(path, "old content");
            Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
            {
                stream.Write("{\"half\":"u8);
                throw new InvalidOperationException("disk full, say");
            }));
            Assert.That(File.ReadAllText(path), Is.EqualTo("old content"));
            Assert.That(Directory.GetFiles(dir), Has.Length.EqualTo(1), "the temporary file is removed");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
