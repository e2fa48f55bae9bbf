namespace Stakeholders.Cli.Tests;

/// <summary>Issue 13 items 3 and 9 through the CLI: reader limits as options, strict by default, --lenient lists warnings.</summary>
public class ReaderOptionsCliTests
{
    private static string Write(string name, string content)
    {
        var path = Path.Combine(CliRun.TempDirectory(), name);
        File.WriteAllText(path, content);
        return path;
    }

    [Test]
    public void Strict_by_default_and_lenient_reads_past_with_warnings_that_info_lists()
    {
        var pajek = Write("d.net", "*Vertices 2\n1 \"a\"\n1 \"b\"\n*Edges\n1 2\n");
        var (code, _, error) = CliRun.Run("info", pajek);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error.TrimEnd(), Is.EqualTo($"stakeholders: {pajek}:3:1: vertex 1 is listed twice (first on line 2) (--lenient reads past it with a warning)"));
        (code, var output, error) = CliRun.Run("info", pajek, "--lenient");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(error, Does.Contain($"stakeholders: warning: {pajek}:3:1: vertex 1 is listed twice"));
        Assert.That(output, Does.Contain("read leniently (1 problem(s) read past)").And.Contain($"{pajek}:3:1: vertex 1 is listed twice"));

        var links = Write("l.nodelink.json", "{\"nodes\":[{\"id\":\"a\"}],\"links\":5}");
        (code, _, error) = CliRun.Run("info", links);
        Assert.That((code, error.TrimEnd()), Is.EqualTo((1, $"stakeholders: {links}:1:31: \"links\" must be an array of links, found a number (--lenient reads past it with a warning)")));
    }

    [Test]
    public void Limits_are_options_and_their_errors_name_them()
    {
        var edges = Write("t.edges", "a b\nb c\nc d\n");
        var (code, _, error) = CliRun.Run("analyze", edges, "--max-ties", "2", "-q");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error.TrimEnd(), Is.EqualTo($"stakeholders: {edges}:3:1: the number of ties exceeds the reader limit of 2 (raise it with --max-ties)"));
        Assert.That(CliRun.Run("analyze", edges, "--max-ties", "3", "-q").Code, Is.EqualTo(0));
        (code, _, error) = CliRun.Run("info", edges, "--max-stakeholders", "0");
        Assert.That((code, error.TrimEnd()), Is.EqualTo((2, "stakeholders: --max-stakeholders 0: a limit must be a positive number")));
        var pajek = Write("v.net", "*Vertices 10000000\r\n");
        (code, _, error) = CliRun.Run("info", pajek);
        Assert.That((code, error.TrimEnd()), Is.EqualTo((1, $"stakeholders: {pajek}:1:11: *Vertices 10000000 exceeds the reader limit of 2,000,000 (raise it with --max-stakeholders)")));
    }

    [TestCase("empty.graphml")]
    [TestCase("empty.gexf")]
    public void Empty_xml_files_give_a_position_and_a_reason(string name)
    {
        var path = Write(name, string.Empty);
        var (code, _, error) = CliRun.Run("info", path);
        Assert.That((code, error.TrimEnd()), Is.EqualTo((1, $"stakeholders: {path}:1:1: the file is empty; expected an XML document")));
    }
}
