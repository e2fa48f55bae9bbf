using System.Text.Json;
using Stakeholders.Network.Model;
using Stakeholders.Network.Neo4j.Http;
using Stakeholders.Network.Neo4j.Tests.Support;

namespace Stakeholders.Network.Neo4j.Tests;

[TestFixture]
public sealed class ModelAndOptionsTests
{
    private static Neo4jOptions Valid => new() { Uri = new Uri("http://127.0.0.1:7474"), User = "neo4j", Password = "hunter2-long-secret" };

    [Test]
    public void OptionsValidateEveryMember()
    {
        Assert.DoesNotThrow(() => Valid.Validate());
        Assert.Multiple(() =>
        {
            Assert.That(() => (Valid with { Uri = new Uri("bolt://localhost:7687") }).Validate(), Throws.ArgumentException.With.Message.Contains("http"));
            Assert.That(() => (Valid with { Uri = new Uri("http://u:hunter2-long-secret@localhost:7474") }).Validate(),
                Throws.ArgumentException.With.Message.Contains("credentials").And.Message.Not.Contains("hunter2"));
            Assert.That(() => (Valid with { Database = "" }).Validate(), Throws.ArgumentException.With.Message.Contains("Database"));
            Assert.That(() => (Valid with { Database = "a/b" }).Validate(), Throws.ArgumentException.With.Message.Contains("Database"));
            Assert.That(() => (Valid with { Password = null }).Validate(), Throws.ArgumentException.With.Message.Contains("together"));
            Assert.That(() => (Valid with { BatchSize = 0 }).Validate(), Throws.ArgumentException.With.Message.Contains("BatchSize"));
            Assert.That(() => (Valid with { Timeout = TimeSpan.Zero }).Validate(), Throws.ArgumentException.With.Message.Contains("Timeout"));
            Assert.That(() => (Valid with { MaxRetries = -1 }).Validate(), Throws.ArgumentException.With.Message.Contains("MaxRetries"));
            Assert.That(() => (Valid with { RetryMaxDelay = TimeSpan.Zero }).Validate(), Throws.ArgumentException.With.Message.Contains("RetryMaxDelay"));
            Assert.That(() => (Valid with { Api = (Neo4jApi)9 }).Validate(), Throws.ArgumentException.With.Message.Contains("Api"));
        });
    }

    [Test]
    public void OptionsNeverPrintThePassword()
    {
        var text = Valid.ToString();
        Assert.That(text, Does.Not.Contain("hunter2"));
        Assert.That(text, Does.Contain("Password = ***").And.Contain("User = neo4j").And.Contain("BatchSize = 1000"));
        Assert.That((Valid with { User = null, Password = null }).ToString(), Does.Contain("Password = (none)"));
        Assert.That(Neo4jHttpConnection.Redact("x hunter2-long-secret y", "hunter2-long-secret", "dG9rZW4="), Is.EqualTo("x *** y"));
        Assert.That(Neo4jHttpConnection.Redact("Basic dG9rZW4=", "hunter2-long-secret", "dG9rZW4="), Is.EqualTo("Basic ***"));
    }

    [Test]
    public void NamesAreQuotedWithDoubledBackticks()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CypherNames.Quote("SPOKE_AT"), Is.EqualTo("`SPOKE_AT`"));
            Assert.That(CypherNames.Quote("a`b"), Is.EqualTo("`a``b`"));
            Assert.That(CypherNames.Quote("``"), Is.EqualTo("``````"));
            Assert.That(CypherNames.Quote("} // 北京 🚀"), Is.EqualTo("`} // 北京 🚀`"));
            Assert.That(() => CypherNames.Quote(" "), Throws.ArgumentException.With.Message.Contains("blank"));
            Assert.That(() => CypherNames.Quote("a\nb"), Throws.ArgumentException.With.Message.Contains("U+000A"));
            Assert.That(() => CypherNames.Quote("a\uD800"), Throws.ArgumentException.With.Message.Contains("surrogate"));
            Assert.That(() => CypherNames.Quote(new string('x', 201)), Throws.ArgumentException.With.Message.Contains("200"));
        });
    }

    [TestCase("3.1.1", CypherDialect.V3, "CREATE CONSTRAINT ON (n:`Stakeholder`) ASSERT n.`id` IS UNIQUE")]
    [TestCase("3.5.35", CypherDialect.V3, "CREATE CONSTRAINT ON (n:`Stakeholder`) ASSERT n.`id` IS UNIQUE")]
    [TestCase("4.4.0", CypherDialect.V4, "CREATE CONSTRAINT `c` IF NOT EXISTS ON (n:`Stakeholder`) ASSERT n.`id` IS UNIQUE")]
    [TestCase("5.19.0", CypherDialect.V5, "CREATE CONSTRAINT `c` IF NOT EXISTS FOR (n:`Stakeholder`) REQUIRE n.`id` IS UNIQUE")]
    [TestCase("2025.01.0", CypherDialect.V5, "CREATE CONSTRAINT `c` IF NOT EXISTS FOR (n:`Stakeholder`) REQUIRE n.`id` IS UNIQUE")]
    public void TheDialectFollowsTheVersion(string version, CypherDialect dialect, string constraint)
    {
        Assert.That(Neo4jServerInfo.DialectOf(version), Is.EqualTo(dialect));
        Assert.That(CypherSyntax.UniqueConstraint(dialect, "c", "Stakeholder", "id"), Is.EqualTo(constraint));
    }

    [Test]
    public void AVersionMustStartWithANumber() =>
        Assert.That(() => Neo4jServerInfo.DialectOf("dev"), Throws.InstanceOf<FormatException>());

    [Test]
    public void RetryDelaysDoubleAreCappedAndJitterIsSeeded()
    {
        var plain = new Neo4jRetryPolicy(Valid with { RetryBaseDelay = TimeSpan.FromMilliseconds(100), RetryMaxDelay = TimeSpan.FromMilliseconds(500) });
        Assert.That(Enumerable.Range(0, 5).Select(i => plain.NextDelay(i).TotalMilliseconds), Is.EqualTo(new[] { 100.0, 200, 400, 500, 500 }));

        double[] Jittered(int seed)
        {
            var p = new Neo4jRetryPolicy(Valid with { RetryBaseDelay = TimeSpan.FromMilliseconds(100), RetryMaxDelay = TimeSpan.FromSeconds(10), RetryJitterSeed = seed });
            return Enumerable.Range(0, 6).Select(i => p.NextDelay(i).TotalMilliseconds).ToArray();
        }

        var a = Jittered(7);
        Assert.That(Jittered(7), Is.EqualTo(a), "same seed, same delays");
        Assert.That(Jittered(8), Is.Not.EqualTo(a));
        for (var i = 0; i < a.Length; i++)
        {
            Assert.That(a[i], Is.InRange(50 * Math.Pow(2, i), 100 * Math.Pow(2, i)));
        }
    }

    [Test]
    public void RetryStopsAtTheFirstNonTransientFailure()
    {
        var attempts = 0;
        var policy = new Neo4jRetryPolicy(Valid with { RetryBaseDelay = TimeSpan.Zero });
        Assert.ThrowsAsync<Neo4jQueryException>(() => policy.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new Neo4jQueryException("Neo.ClientError.Statement.SyntaxError", "bad");
        }, CancellationToken.None));
        Assert.That(attempts, Is.EqualTo(1));

        attempts = 0;
        Assert.ThrowsAsync<Neo4jTransientException>(() => policy.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new Neo4jTransientException("busy", "Neo.TransientError.General.OutOfMemoryError");
        }, CancellationToken.None));
        Assert.That(attempts, Is.EqualTo(1 + 3));
    }

    [Test]
    public void ResumeTokensRoundTripAndRejectGarbage()
    {
        var token = new PushResumeToken("0123456789abcdef", 4200);
        Assert.That(token.ToString(), Is.EqualTo("v1:0123456789abcdef:4200"));
        Assert.That(PushResumeToken.Parse(token.ToString()), Is.EqualTo(token));
        Assert.That(PushResumeToken.TryParse("v2:0123456789abcdef:1", out _), Is.False);
        Assert.That(PushResumeToken.TryParse("v1:0123:1", out _), Is.False);
        Assert.That(PushResumeToken.TryParse("v1:0123456789abcdef:-1", out _), Is.False);
        Assert.That(() => PushResumeToken.Parse("x"), Throws.InstanceOf<FormatException>());
        var rich = Neo4jNetworkStore.Fingerprint(SampleNetworks.Rich());
        Assert.That(Neo4jNetworkStore.Fingerprint(SampleNetworks.Rich()), Is.EqualTo(rich).And.Length.EqualTo(16));
        Assert.That(Neo4jNetworkStore.Fingerprint(SampleNetworks.Rich()), Is.Not.EqualTo(Neo4jNetworkStore.Fingerprint(SampleNetworks.Hostile())));
        Assert.That(() => new PushOptions { ResumeFrom = token }.Validate(), Throws.ArgumentException.With.Message.Contains("Batched"));
        Assert.That(() => new PullFilter { From = new DateOnly(2024, 1, 2), To = new DateOnly(2024, 1, 1) }.Validate(), Throws.ArgumentException);
        Assert.That(() => new PullFilter { TieTypes = ["ok", ""] }.Validate(), Throws.ArgumentException);
    }

    /// <summary>
    /// The property representation round-trips without a server: model → property maps → JSON (as sent) → model. This
    /// pins the data model of docs/neo4j.md independently of Neo4j; the live tests check the server keeps it.
    /// </summary>
    [Test]
    public void PropertyMapsRoundTripThroughJson()
    {
        foreach (var network in new[] { SampleNetworks.Rich(), SampleNetworks.Hostile(), SampleNetworks.Seed() })
        {
            var builder = new StakeholderNetworkBuilder { Title = network.Title, Description = network.Description };
            foreach (var d in network.Documents)
            {
                builder.AddDocument(Neo4jGraphModel.ReadDocument(ThroughJson(Neo4jGraphModel.DocumentProperties(d)), builder));
            }

            foreach (var s in network.Stakeholders)
            {
                builder.AddStakeholder(Neo4jGraphModel.ReadStakeholder(ThroughJson(Neo4jGraphModel.StakeholderProperties(s)), builder)!);
            }

            foreach (var t in network.Ties)
            {
                var row = Neo4jGraphModel.TieRow(t);
                builder.AddTie(Neo4jGraphModel.ReadTie(t.Id, t.Source, t.Target, t.Type.Name, ThroughJson((Dictionary<string, object?>)row["props"]!), builder)!);
            }

            SampleNetworks.AssertSameNetwork(builder.Build(), network);
        }
    }

    [Test]
    public void TheFingerprintIsTheFirstSixteenHexDigitsOfTheSha256OfTheIdsKindsAndTypes()
    {
        // Written out naively: one byte string, hashed once (the store hashes piece by piece through a reused buffer).
        static string Naive(StakeholderNetwork network)
        {
            var bytes = new List<byte>();
            void Add(string tag, string value) => bytes.AddRange([.. System.Text.Encoding.UTF8.GetBytes(tag + value), 0]);
            foreach (var d in network.Documents)
            {
                Add("d", d.Id);
            }

            foreach (var s in network.Stakeholders)
            {
                Add("s", s.Id);
                Add("k", s.Kind.ToName());
            }

            foreach (var t in network.Ties)
            {
                Add("t", t.Id);
                Add("y", t.Type.Name);
            }

            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.ToArray()))[..16];
        }

        var longIds = new StakeholderNetworkBuilder();
        longIds.AddStakeholder(new Stakeholder(new string('é', 300), "E", StakeholderKind.Person));
        longIds.AddStakeholder(new Stakeholder("中" + new string('x', 1000), "X", StakeholderKind.Place));
        longIds.AddTie(new Tie(new string('é', 300), "中" + new string('x', 1000), new TieType(new string('T', 200))));
        foreach (var network in new[] { SampleNetworks.Rich(), SampleNetworks.Hostile(), SampleNetworks.Seed(), longIds.Build() })
        {
            Assert.That(Neo4jNetworkStore.Fingerprint(network), Is.EqualTo(Naive(network)));
        }
    }

    [Test]
    public void RowsWrittenStraightToJsonAreTheRowsTheDictionariesWrite()
    {
        // The HTTP runner writes push rows from the records; any other runner gets dictionaries. Same mapping, same JSON.
        static string Json(object rows) => System.Text.Encoding.UTF8.GetString(CypherJson.Serialize(w => CypherJson.WriteParameters(w, new Dictionary<string, object?> { ["rows"] = rows })));
        foreach (var network in new[] { SampleNetworks.Rich(), SampleNetworks.Hostile(), SampleNetworks.Seed() })
        {
            var ties = new PushRows<Tie>(network.Ties, Neo4jGraphModel.WriteTieRow);
            Assert.That(Json(ties), Is.EqualTo(Json(network.Ties.Select(Neo4jGraphModel.TieRow).ToList())));
            Assert.That(Json(ties.ToList()), Is.EqualTo(Json(ties)), "enumerated as dictionaries");
            Assert.That(ties[1], Is.EqualTo(Neo4jGraphModel.TieRow(network.Ties[1])));
            var stakeholders = new PushRows<Stakeholder>(network.Stakeholders, Neo4jGraphModel.WriteStakeholder);
            Assert.That(Json(stakeholders), Is.EqualTo(Json(network.Stakeholders.Select(Neo4jGraphModel.StakeholderProperties).ToList())));
            Assert.That(Json(stakeholders.ToList()), Is.EqualTo(Json(stakeholders)));
            var documents = new PushRows<SourceDocument>(network.Documents, Neo4jGraphModel.WriteDocument);
            Assert.That(Json(documents), Is.EqualTo(Json(network.Documents.Select(Neo4jGraphModel.DocumentProperties).ToList())));
            Assert.That(stakeholders, Has.Count.EqualTo(network.Stakeholders.Count));
        }

        var whole = Json(new PushRows<Tie>([new Tie("a", "b", TieType.Supports) { Strength = 3 }], Neo4jGraphModel.WriteTieRow));
        Assert.That(whole, Does.Contain("\"strength\":3.0,\"confidence\":1.0"), "whole values stay floats");
        var oneTie = Json(new PushRows<Tie>([SampleNetworks.Rich().Ties.Single(t => t.Type == TieType.SpokeAt)], Neo4jGraphModel.WriteTieRow));
        Assert.That(oneTie, Does.Contain("\"strength\":2.5,\"confidence\":0.9").And.Contain("\"validFromEarliest\":\"2023-09-03\"").And.Contain("\"evidenceOffsets\":[-1,0]"));
    }

    [Test]
    public void TiePropertiesFollowTheDocumentedModel()
    {
        var tie = SampleNetworks.Rich().Ties.Single(t => t.Type == TieType.SpokeAt);
        var props = (Dictionary<string, object?>)Neo4jGraphModel.TieRow(tie)["props"]!;
        Assert.Multiple(() =>
        {
            Assert.That(props["validFrom"], Is.EqualTo("2023-09-03"));
            Assert.That(props["validFromEarliest"], Is.EqualTo(new DateOnly(2023, 9, 3)));
            Assert.That(props["evidenceDocuments"], Is.EqualTo(new[] { "press-1", "press-2" }));
            Assert.That(props["evidenceUrls"], Is.EqualTo(new[] { "", "relative/page.html" }));
            Assert.That(props["evidenceOffsets"], Is.EqualTo(new long[] { -1, 0 }));
            Assert.That(props["attr_session"], Is.EqualTo("opening"));
            Assert.That(props.ContainsKey("role"), Is.False, "absent values are not stored");
        });
        var open = SampleNetworks.Rich().Ties.Single(t => t.Type == TieType.InvestsIn);
        var openProps = (Dictionary<string, object?>)Neo4jGraphModel.TieRow(open)["props"]!;
        Assert.That(openProps["validToLatest"], Is.EqualTo(new DateOnly(2024, 2, 29)), "a month widens to its last day");
        Assert.That(openProps.ContainsKey("validFrom"), Is.False);
    }

    [Test]
    public void UnreadableNodesAreReportedWithTheirId()
    {
        var builder = new StakeholderNetworkBuilder();
        using var doc = JsonDocument.Parse("""{ "id": "x", "name": "X", "kind": "robot" }""");
        Assert.That(Neo4jGraphModel.ReadStakeholder(doc.RootElement, builder), Is.Null);
        var e = Assert.Throws<NetworkValidationException>(() => builder.Build());
        Assert.That(e!.Message, Does.Contain("'x'").And.Contain("robot"));
    }

    private static JsonElement ThroughJson(Dictionary<string, object?> props)
    {
        var bytes = CypherJson.Serialize(w => CypherJson.WriteParameters(w, props));
        using var doc = JsonDocument.Parse(bytes);
        return doc.RootElement.Clone();
    }
}
