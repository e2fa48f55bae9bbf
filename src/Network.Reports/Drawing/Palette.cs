namespace Stakeholders.Network.Reports.Drawing;

/// <summary>
/// Colours safe for colour-blind readers: Paul Tol's "muted" qualitative scheme (nine colours, distinct under the common
/// forms of colour blindness, legible with dark text and on white), plus a neutral grey for "everything else".
/// </summary>
/// <remarks>Tol, P. (2021), "Colour Schemes", SRON technical note SRON/EPS/TN/09-002, issue 3.2.</remarks>
internal static class Palette
{
    /// <summary>The nine qualitative colours, in the order they are given to groups (largest group first).</summary>
    public static IReadOnlyList<string> Qualitative { get; } =
    [
        "#332288", "#117733", "#CC6677", "#88CCEE", "#DDCC77", "#AA4499", "#44AA99", "#882255", "#999933",
    ];

    /// <summary>The colour of groups beyond the ninth and of "not in any group".</summary>
    public const string Other = "#BBBBBB";

    /// <summary>The colour for the <paramref name="rank"/>-th group (0-based, largest first), grey past the palette.</summary>
    public static string ForRank(int rank) => rank >= 0 && rank < Qualitative.Count ? Qualitative[rank] : Other;

    /// <summary>A text colour readable on top of <paramref name="fill"/> (black or white, by relative luminance).</summary>
    public static string TextOn(string fill)
    {
        if (fill.Length != 7 || fill[0] != '#')
        {
            return "#000000";
        }

        var r = Convert.ToInt32(fill.Substring(1, 2), 16) / 255.0;
        var g = Convert.ToInt32(fill.Substring(3, 2), 16) / 255.0;
        var b = Convert.ToInt32(fill.Substring(5, 2), 16) / 255.0;
        var luminance = (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
        return luminance > 0.22 ? "#000000" : "#FFFFFF";

        static double Linear(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
