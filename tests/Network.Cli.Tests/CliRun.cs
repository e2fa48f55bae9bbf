namespace Stakeholders.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal static class CliRun
{
    public static string Data(string relative) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", relative);

    public static string Seed => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "shijingshan-forum-2023.json");

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = StakeholdersCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A fresh empty directory under the test's work directory.</summary>
    public static string TempDirectory()
    {
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
