using System.Text.Json;
using Stakeholders.Network;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// Runs a command body and maps typed errors to exit codes, by type only (no message parsing): an option the library
/// refuses (<see cref="InvalidOptionException"/>) or a usage error found after parsing (<see cref="CliUsageException"/>)
/// is exit code 2; bad input (<see cref="NetworkFormatException"/>, <see cref="NetworkValidationException"/>, an unknown
/// stakeholder id, I/O errors) is exit code 1. Each writes one line on stderr.
/// </summary>
internal static class CommandRunner
{
    public static int Run(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InvalidOptionException e)
        {
            context.Error.WriteLine($"stakeholders: {OneLine(e.Reason)}");
            return StakeholdersCli.BadUsage;
        }
        catch (UnknownStakeholderException e)
        {
            context.Error.WriteLine($"stakeholders: {OneLine(e.Message)}");
            return StakeholdersCli.BadInput;
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

    internal static string OneLine(string message) => message.ReplaceLineEndings(" ");
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
