using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// A command's options as a Markdown table (option, meaning, default), from the options themselves: the docs pages embed
/// it between <c>&lt;!-- options:NAME --&gt;</c> and <c>&lt;!-- /options --&gt;</c>, and a test keeps them equal, so the
/// documentation cannot disagree with <c>--help</c>.
/// </summary>
internal static class OptionsTable
{
    /// <summary>The table of <paramref name="commandName"/>'s options (help and version left out), in declaration order.</summary>
    public static string Markdown(string commandName)
    {
        var command = CommandCatalog.Create(new CliContext(TextWriter.Null, TextWriter.Null)).Single(c => c.Name == commandName);
        var sb = new StringBuilder();
        sb.Append("| option | meaning | default |\n|---|---|---|\n");
        foreach (var option in command.Options.Where(o => o is not HelpOption and not VersionOption))
        {
            var names = string.Join(", ", new[] { option.Name }.Concat(option.Aliases.OrderBy(a => a, StringComparer.Ordinal)).Select(n => $"`{n}`"));
            var meaning = (option.Description ?? string.Empty).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            sb.Append("| ").Append(names).Append(" | ").Append(meaning).Append(" | ").Append(DefaultOf(option)).Append(" |\n");
        }

        return sb.ToString();
    }

    private static string DefaultOf(Option option)
    {
        if (option.Required)
        {
            return "required";
        }

        if (!option.HasDefaultValue)
        {
            return "–";
        }

        return option.GetDefaultValue() switch
        {
            null => "–",
            bool b => b ? "on" : "off",
            IFormattable f => $"`{f.ToString(null, CultureInfo.InvariantCulture)}`",
            var v => $"`{v}`",
        };
    }
}
