using System.Text.Json;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Cli.Commands;

/// <summary>Runs a command body and turns input errors into exit code 1 with a one-line reason on stderr.</summary>
internal static class CommandRunner
{
    public static int Run(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (NetworkFormatException e)
        {
            context.Error.WriteLine($"stakeholders: {e.Message}");
            return StakeholdersCli.BadInput;
        }
        catch (NetworkValidationException e)
        {
            context.Error.WriteLine($"stakeholders: {OneLine(e.Message)}");
            return StakeholdersCli.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            context.Error.WriteLine($"stakeholders: {OneLine(e.Message)}");
            return StakeholdersCli.BadInput;
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException and not ArgumentNullException)
        {
            context.Error.WriteLine($"stakeholders: {OneLine(e.Message)}");
            return StakeholdersCli.BadInput;
        }
        catch (CliUsageException e)
        {
            context.Error.WriteLine($"stakeholders: {e.Message}");
            return StakeholdersCli.BadUsage;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}

/// <summary>A usage error found after parsing (an unknown measure name, a bad combination of options): exit code 2.</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException()
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
