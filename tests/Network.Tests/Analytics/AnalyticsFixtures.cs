using System.Text.Json;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Analytics;

/// <summary>Reads <c>TestData/analytics/analytics_fixtures.json</c> (written by <c>make_fixtures.py</c> from NetworkX 2.8.8) and the seed network.</summary>
internal static class AnalyticsFixtures
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestGraphs.DataDirectory, "analytics", "analytics_fixtures.json"))));

    private static readonly Lazy<StakeholderNetwork> SeedNetwork = new(() =>
        NativeJson.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json")));

    public static readonly string[] GraphNames = ["karate", "florentine", "kite", "directed", "weighted", "directed_weighted", "disconnected"];

    public static JsonElement Root => Document.Value.RootElement;

    public static JsonElement Graph(string name) => Root.GetProperty("graphs").GetProperty(name);

    public static StakeholderNetwork Seed => SeedNetwork.Value;
}
