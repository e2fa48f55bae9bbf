namespace Stakeholders.Cli;

/// <summary>The entry point of the <c>stakeholders</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code (0 success, 1 bad input, 2 bad usage).</summary>
    public static int Main(string[] args) => StakeholdersCli.Run(args, Console.Out, Console.Error);
}
