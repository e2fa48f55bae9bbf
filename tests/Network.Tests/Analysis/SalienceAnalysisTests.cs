using Stakeholders.Network.Analysis;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Analysis;

public class SalienceAnalysisTests
{
    [TestCase(false, false, false, SalienceClass.None)]
    [TestCase(true, false, false, SalienceClass.Dormant)]
    [TestCase(false, true, false, SalienceClass.Discretionary)]
    [TestCase(false, false, true, SalienceClass.Demanding)]
    [TestCase(true, true, false, SalienceClass.Dominant)]
    [TestCase(true, false, true, SalienceClass.Dangerous)]
    [TestCase(false, true, true, SalienceClass.Dependent)]
    [TestCase(true, true, true, SalienceClass.Definitive)]
    public void Every_salience_class(bool power, bool legitimacy, bool urgency, SalienceClass expected)
    {
        Assert.That(SalienceAnalysis.ClassOf(power, legitimacy, urgency), Is.EqualTo(expected));
        var network = Network(("x", new() { ["power"] = power ? "yes" : "no", ["legitimacy"] = legitimacy ? "1" : "0", ["urgency"] = urgency ? "0.9" : "0.1", ["interest"] = "0.5" }));
        var row = SalienceAnalysis.Compute(network).Stakeholders.Single(s => s.Id == "x");
        Assert.That(row.Class, Is.EqualTo(expected));
        Assert.That(row.Missing, Is.Empty);
    }

    [TestCase(0.9, 0.9, PowerInterestQuadrant.ManageClosely, "manage-closely")]
    [TestCase(0.9, 0.1, PowerInterestQuadrant.KeepSatisfied, "keep-satisfied")]
    [TestCase(0.1, 0.9, PowerInterestQuadrant.KeepInformed, "keep-informed")]
    [TestCase(0.1, 0.1, PowerInterestQuadrant.Monitor, "monitor")]
    [TestCase(0.5, 0.5, PowerInterestQuadrant.ManageClosely, "manage-closely")]
    public void Every_quadrant(double power, double interest, PowerInterestQuadrant expected, string name)
    {
        Assert.That(SalienceAnalysis.QuadrantOf(power, interest), Is.EqualTo(expected));
        Assert.That(expected.ToName(), Is.EqualTo(name));
        var network = Network(("x", new() { ["power"] = power.ToString(System.Globalization.CultureInfo.InvariantCulture), ["interest"] = interest.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.That(SalienceAnalysis.Compute(network).Stakeholders.Single(s => s.Id == "x").Quadrant, Is.EqualTo(expected));
    }

    [Test]
    public void Thresholds_are_options()
    {
        var network = Network(("x", new() { ["power"] = "0.6", ["legitimacy"] = "0.6", ["urgency"] = "0.6", ["interest"] = "0.6" }));
        var strict = new SalienceOptions { AttributeThreshold = 0.7, PowerThreshold = 0.7, InterestThreshold = 0.5 };
        var row = SalienceAnalysis.Compute(network, strict).Stakeholders.Single(s => s.Id == "x");
        Assert.That((row.Class, row.Quadrant), Is.EqualTo(((SalienceClass?)SalienceClass.None, (PowerInterestQuadrant?)PowerInterestQuadrant.KeepInformed)));
        Assert.Catch<ArgumentException>(() => SalienceAnalysis.Compute(network, new SalienceOptions { PowerThreshold = 1.5 }));
        Assert.Catch<ArgumentException>(() => SalienceAnalysis.Compute(network, new SalienceOptions { Measure = "participation" }));
    }

    [Test]
    public void Missing_and_unreadable_attributes_are_reported_per_stakeholder_never_guessed()
    {
        var network = Network(
            ("partial", new() { ["power"] = "yes", ["interest"] = "0.8" }),
            ("bad", new() { ["power"] = "very", ["legitimacy"] = "yes", ["urgency"] = "no", ["interest"] = "2" }),
            ("none", new()));
        var rows = SalienceAnalysis.Compute(network).Stakeholders.ToDictionary(s => s.Id);
        Assert.Multiple(() =>
        {
            Assert.That(rows["partial"].Class, Is.Null);
            Assert.That(rows["partial"].Quadrant, Is.EqualTo(PowerInterestQuadrant.ManageClosely));
            Assert.That(rows["partial"].Missing, Is.EqualTo(new[] { "legitimacy", "urgency" }));
            Assert.That((rows["bad"].Class, rows["bad"].Quadrant, rows["bad"].Power), Is.EqualTo(((SalienceClass?)null, (PowerInterestQuadrant?)null, (double?)null)));
            Assert.That(rows["bad"].Missing, Is.EqualTo(new[] { "power", "interest" }));
            Assert.That(rows["none"].Missing, Is.EqualTo(SalienceAnalysis.AttributeNames));
            Assert.That(rows["none"].IsRated, Is.False);
        });
        var problems = SalienceAnalysis.Compute(network).Problems;
        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems, Has.Some.Contains("'bad'").And.Contains("power 'very'"));
    }

    [Test]
    public void Disagreements_name_the_underrated_broker_and_the_overrated_periphery()
    {
        // A path of stars: hub1 - bridge - hub2, each hub with three leaves. Betweenness (raw pairs): hubs 18, bridge 16, leaves 0.
        var b = new StakeholderNetworkBuilder();
        var ratings = new Dictionary<string, string>
        {
            ["bridge"] = "0.1", ["hub1"] = "0.5", ["hub2"] = "0.5",
            ["l1"] = "0.9", ["l2"] = "0.3", ["l3"] = "0.3", ["m1"] = "0.3", ["m2"] = "0.3", ["m3"] = "0.2",
        };
        foreach (var (id, power) in ratings)
        {
            b.AddStakeholder(new Stakeholder(id, id.ToUpperInvariant(), StakeholderKind.Organization) { Attributes = new Dictionary<string, string> { ["power"] = power } });
        }

        var n = 0;
        void Tie(string s, string t) => b.AddTie(new Tie(s, t, TieType.PartnersWith) { Id = "t" + n++ });
        Tie("hub1", "bridge");
        Tie("bridge", "hub2");
        foreach (var leaf in new[] { "l1", "l2", "l3" })
        {
            Tie("hub1", leaf);
        }

        foreach (var leaf in new[] { "m1", "m2", "m3" })
        {
            Tie("hub2", leaf);
        }

        var result = SalienceAnalysis.Compute(b.Build(), new SalienceOptions { MinimumRankDifference = 4 });
        var byId = result.Disagreements.ToDictionary(d => d.Id);
        Assert.That(byId.Keys, Is.EquivalentTo(new[] { "bridge", "l1" }));
        Assert.Multiple(() =>
        {
            Assert.That(byId["bridge"].Direction, Is.EqualTo("underrated"));
            Assert.That((byId["bridge"].PowerRank, byId["bridge"].StructuralRank), Is.EqualTo((9.0, 3.0)));
            Assert.That(byId["bridge"].Reason, Does.StartWith("rated low power (0.1, rank 9 of 9) but ranks 3 of 9 on betweenness"));
            Assert.That(byId["l1"].Direction, Is.EqualTo("overrated"));
            Assert.That((byId["l1"].PowerRank, byId["l1"].StructuralRank), Is.EqualTo((1.0, 6.5)), "six leaves share ranks 4–9");
            Assert.That(byId["l1"].Reason, Does.Contain("few paths between others run through it"));
            Assert.That(result.Disagreements[0].Id, Is.EqualTo("bridge"), "largest difference first");
        });
    }

    [Test]
    public void Salience_attributes_flow_through_every_format()
    {
        var network = Network(("x", new() { ["power"] = "yes", ["legitimacy"] = "0.8", ["urgency"] = "no", ["interest"] = "0.3" }), ("y", new()));
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "salience-formats-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var file in new[] { "n.json", "n.csv", "n.graphml", "n.gexf", "n.nodelink.json" })
        {
            var path = Path.Combine(dir, file);
            var format = file == "n.nodelink.json" ? NetworkFormat.NodeLink : (NetworkFormat?)null;
            NetworkFile.Write(network, path, format);
            var back = NetworkFile.Read(path, format);
            var row = SalienceAnalysis.Compute(back).Stakeholders.Single(s => s.Id == "x");
            Assert.That((row.Class, row.Quadrant), Is.EqualTo(((SalienceClass?)SalienceClass.Dominant, (PowerInterestQuadrant?)PowerInterestQuadrant.KeepSatisfied)), file);
        }
    }

    [Test]
    public void An_attribute_file_is_laid_over_the_network_with_errors_naming_file_and_line()
    {
        var network = Network(("x", new() { ["power"] = "no", ["sector"] = "energy" }), ("y", new()));
        var applied = AttributeOverlay.ApplyCsvText(network, "id,power,interest\nx,yes,\ny,0.2,0.9\n", "ratings.csv");
        Assert.That(applied.GetStakeholder("x").Attributes, Is.EquivalentTo(new Dictionary<string, string> { ["power"] = "yes", ["sector"] = "energy" }));
        Assert.That(applied.GetStakeholder("y").Attributes["interest"], Is.EqualTo("0.9"));
        var unknown = Assert.Throws<NetworkFormatException>(() => AttributeOverlay.ApplyCsvText(network, "id,power\nx,yes\nzz,no\n", "ratings.csv"));
        Assert.That((unknown!.File, unknown.Line), Is.EqualTo(("ratings.csv", 3)));
        Assert.That(unknown.Message, Does.Contain("zz"));
        Assert.Throws<NetworkFormatException>(() => AttributeOverlay.ApplyCsvText(network, "name,power\nx,yes\n", "ratings.csv"));
        Assert.Throws<NetworkFormatException>(() => AttributeOverlay.ApplyCsvText(network, "id,power\nx,yes\nx,no\n", "ratings.csv"));
    }

    private static StakeholderNetwork Network(params (string Id, Dictionary<string, string> Attributes)[] stakeholders)
    {
        var b = new StakeholderNetworkBuilder();
        foreach (var (id, attributes) in stakeholders)
        {
            b.AddStakeholder(new Stakeholder(id, id.ToUpperInvariant(), StakeholderKind.Organization) { Attributes = attributes });
        }

        for (var i = 1; i < stakeholders.Length; i++)
        {
            b.AddTie(new Tie(stakeholders[0].Id, stakeholders[i].Id, TieType.PartnersWith) { Id = "t" + i });
        }

        return b.Build();
    }
}
