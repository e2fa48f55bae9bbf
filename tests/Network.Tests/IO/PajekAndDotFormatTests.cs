using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

public class PajekAndDotFormatTests
{
    private static StakeholderNetwork Small() => new StakeholderNetworkBuilder { Title = "T \"1\"" }
        .AddStakeholder(new Stakeholder("a \"q\"", "Name\\with\nbreak", StakeholderKind.Organization) { OrganizationType = OrganizationType.Company })
        .AddStakeholder(new Stakeholder("b", "<b>B</b>", StakeholderKind.Person))
        .AddTie(new Tie("a \"q\"", "b", TieType.PartnersWith) { Id = "t1", Strength = 0.5, Role = "r\r\nx", Period = new DatePeriod(PartialDate.Parse("2023"), null) })
        .AddTie(new Tie("b", "b", TieType.Attended) { Id = "t2" })
        .Build();

    [Test]
    public void Pajek_numbers_vertices_from_one_and_escapes_labels()
    {
        var writer = new StringWriter();
        PajekFormat.Write(Small(), writer);
        Assert.That(writer.ToString(), Is.EqualTo("*Vertices 2\r\n1 \"a \\\"q\\\"\"\r\n2 \"b\"\r\n*Arcs\r\n1 2 0.5\r\n2 2 1\r\n"));
        Assert.That(PajekFormat.Escape("x\\y\"z\n\tw"), Is.EqualTo("x\\\\y\\\"z  w"));
    }

    [Test]
    public void Dot_quotes_every_id_and_value()
    {
        var writer = new StringWriter();
        DotFormat.Write(Small(), writer);
        Assert.That(writer.ToString(), Is.EqualTo(
            "digraph \"T \\\"1\\\"\" {\n" +
            "  \"a \\\"q\\\"\" [label=\"Name\\\\with\\nbreak\", kind=\"organization\", organization_type=\"company\"];\n" +
            "  \"b\" [label=\"<b>B</b>\", kind=\"person\"];\n" +
            "  \"a \\\"q\\\"\" -> \"b\" [id=\"t1\", label=\"PARTNERS_WITH\", role=\"r\\nx\", start=\"2023\", strength=\"0.5\", confidence=\"1\"];\n" +
            "  \"b\" -> \"b\" [id=\"t2\", label=\"ATTENDED\", strength=\"1\", confidence=\"1\"];\n" +
            "}\n"));
    }

    [Test]
    public void Both_are_written_through_the_facade_and_only_pajek_reads_back()
    {
        var dir = SampleNetworks.TempDirectory();
        try
        {
            NetworkFile.Write(Small(), Path.Combine(dir, "s.net"));
            NetworkFile.Write(Small(), Path.Combine(dir, "s.dot"));
            Assert.That(File.ReadAllText(Path.Combine(dir, "s.net")), Does.StartWith("*Vertices 2"));
            Assert.That(File.ReadAllText(Path.Combine(dir, "s.dot")), Does.StartWith("digraph"));
            Assert.That(NetworkFile.Read(Path.Combine(dir, "s.net")).Stakeholders.Select(s => s.Id), Is.EqualTo(Small().Stakeholders.Select(s => s.Id)));
            Assert.Throws<ArgumentException>(() => NetworkFile.Read(Path.Combine(dir, "s.dot")));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
