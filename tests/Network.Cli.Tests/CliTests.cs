namespace Stakeholders.Cli.Tests;

public class CliTests
{
    [Test]
    public void Unknown_option_is_bad_usage_with_exit_code_2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = StakeholdersCli.Run(["info", "x.json", "--no-such-option"], output, error);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain("--no-such-option"));
    }
}
