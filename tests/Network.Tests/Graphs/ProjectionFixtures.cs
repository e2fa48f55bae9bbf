using System.Globalization;
using System.Text.Json;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Graphs;

/// <summary>
/// The hand-made network of <c>TestData/graphs-projection/network.json</c> and the NetworkX oracle values
/// <c>make_fixtures.py</c> computed from it (<c>projection_fixtures.json</c>).
/// </summary>
internal static class ProjectionFixtures
{
    private static readonly Lazy<JsonDocument> NetworkJson = new(() => Read("network.json"));
    private static readonly Lazy<JsonDocument> FixturesJson = new(() => Read("projection_fixtures.json"));

    public static JsonElement Fixtures => FixturesJson.Value.RootElement;

    public static StakeholderNetwork LoadNetwork()
    {
        var root = NetworkJson.Value.RootElement;
        var builder = new StakeholderNetworkBuilder { Title = "projection fixture" };
        foreach (var document in new[] { "press", "registry", "video", "archive" })
        {
            builder.AddDocument(new SourceDocument(document));
        }

        foreach (var s in root.GetProperty("stakeholders").EnumerateArray())
        {
            var id = s.GetProperty("id").GetString()!;
            Assert.That(ModelNames.TryParseKind(s.GetProperty("kind").GetString(), out var kind), Is.True);
            builder.AddStakeholder(new Stakeholder(id, id, kind));
        }

        foreach (var t in root.GetProperty("ties").EnumerateArray())
        {
            var start = t.TryGetProperty("start", out var st) ? PartialDate.Parse(st.GetString()!) : (PartialDate?)null;
            var end = t.TryGetProperty("end", out var en) ? PartialDate.Parse(en.GetString()!) : (PartialDate?)null;
            builder.AddTie(new Tie(t.GetProperty("source").GetString()!, t.GetProperty("target").GetString()!, new TieType(t.GetProperty("type").GetString()!))
            {
                Id = t.GetProperty("id").GetString()!,
                Period = start is null && end is null ? null : new DatePeriod(start, end),
                Strength = t.GetProperty("strength").GetDouble(),
                Confidence = t.GetProperty("confidence").GetDouble(),
                Evidence = t.GetProperty("documents").EnumerateArray()
                    .Select((d, i) => new Evidence(d.GetString()!, string.Create(CultureInfo.InvariantCulture, $"quote {i}")))
                    .ToArray(),
            });
        }

        return builder.Build();
    }

    /// <summary>The Davis Southern Women graph as a network: women are people, events are events, ties are ATTENDED.</summary>
    public static StakeholderNetwork LoadDavis()
    {
        var davis = Fixtures.GetProperty("davis");
        var builder = new StakeholderNetworkBuilder { Title = "Davis Southern Women" };
        foreach (var w in davis.GetProperty("women").EnumerateArray())
        {
            builder.AddStakeholder(new Stakeholder(w.GetString()!, w.GetString()!, StakeholderKind.Person));
        }

        foreach (var e in davis.GetProperty("events").EnumerateArray())
        {
            builder.AddStakeholder(new Stakeholder(e.GetString()!, e.GetString()!, StakeholderKind.Event));
        }

        foreach (var pair in davis.GetProperty("attended").EnumerateArray())
        {
            builder.AddTie(new Tie(pair[0].GetString()!, pair[1].GetString()!, TieType.Attended));
        }

        return builder.Build();
    }

    public static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private static JsonDocument Read(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestGraphs.DataDirectory, "graphs-projection", file)));
}
