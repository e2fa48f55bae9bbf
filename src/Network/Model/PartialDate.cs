using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Stakeholders.Network.Model;

/// <summary>
/// A calendar date known to the year, the month or the day: <c>2023</c>, <c>2023-09</c> or <c>2023-09-03</c>.
/// Press releases and registries rarely give full dates, so a tie's validity is stated with these.
/// </summary>
/// <remarks>
/// A partial date stands for an interval of days: <c>2023-09</c> is every day from 2023-09-01 to 2023-09-30.
/// <see cref="Earliest"/> and <see cref="Latest"/> give its bounds. Ordering compares the earliest day first,
/// then the less precise value first, so <c>2023 &lt; 2023-01 &lt; 2023-01-01</c>.
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day)
    {
        Year = year;
        MonthOrZero = month;
        DayOrZero = day;
    }

    /// <summary>The year, 1 to 9999.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12, or null when only the year is known.</summary>
    public int? Month => MonthOrZero == 0 ? null : MonthOrZero;

    /// <summary>The day of the month, or null when only the year or month is known.</summary>
    public int? Day => DayOrZero == 0 ? null : DayOrZero;

    private int MonthOrZero { get; }

    private int DayOrZero { get; }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision => DayOrZero != 0 ? DatePrecision.Day : MonthOrZero != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can mean.</summary>
    public DateOnly Earliest => new(Year, MonthOrZero == 0 ? 1 : MonthOrZero, DayOrZero == 0 ? 1 : DayOrZero);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly Latest
    {
        get
        {
            var month = MonthOrZero == 0 ? 12 : MonthOrZero;
            var day = DayOrZero == 0 ? DateTime.DaysInMonth(Year, month) : DayOrZero;
            return new DateOnly(Year, month, day);
        }
    }

    /// <summary>A date known to the year.</summary>
    public static PartialDate FromYear(int year) => Create(year, null, null);

    /// <summary>A date known to the month.</summary>
    public static PartialDate FromMonth(int year, int month) => Create(year, month, null);

    /// <summary>A full date.</summary>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Creates a partial date, validating each part.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or a day is given without a month.</exception>
    public static PartialDate Create(int year, int? month, int? day)
    {
        if (!TryCreate(year, month, day, out var date, out var reason))
        {
            throw new ArgumentOutOfRangeException(nameof(year), reason);
        }

        return date;
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <exception cref="FormatException">The text is not such a date; the message says why.</exception>
    public static PartialDate Parse(string text)
    {
        if (!TryParse(text, out var date, out var reason))
        {
            throw new FormatException(reason);
        }

        return date;
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date) => TryParse(text, out date, out _);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, saying why when it fails.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date, [NotNullWhen(false)] out string? reason)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "a date is empty; expected YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || parts.Any(p => !p.All(char.IsAsciiDigit)))
        {
            reason = $"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (!TryCreate(year, month, day, out date, out var why))
        {
            reason = $"'{text}' is not a valid date: {why}";
            return false;
        }

        reason = null;
        return true;
    }

    private static bool TryCreate(int year, int? month, int? day, out PartialDate date, [NotNullWhen(false)] out string? reason)
    {
        date = default;
        if (year is < 1 or > 9999)
        {
            reason = $"year {year} is outside 1..9999";
            return false;
        }

        if (month is not null and (< 1 or > 12))
        {
            reason = $"month {month} is outside 1..12";
            return false;
        }

        if (day is not null)
        {
            if (month is null)
            {
                reason = "a day needs a month";
                return false;
            }

            var days = DateTime.DaysInMonth(year, month.Value);
            if (day < 1 || day > days)
            {
                reason = $"day {day} is outside 1..{days} for {year:D4}-{month:D2}";
                return false;
            }
        }

        date = new PartialDate(year, month ?? 0, day ?? 0);
        reason = null;
        return true;
    }

    /// <summary>Whether the day falls inside the interval this date stands for.</summary>
    public bool Covers(DateOnly day) => Earliest <= day && day <= Latest;

    /// <inheritdoc />
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{MonthOrZero:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{MonthOrZero:D2}-{DayOrZero:D2}"),
    };

    /// <inheritdoc />
    public bool Equals(PartialDate other) => Year == other.Year && MonthOrZero == other.MonthOrZero && DayOrZero == other.DayOrZero;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, MonthOrZero, DayOrZero);

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        var byStart = Earliest.CompareTo(other.Earliest);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Ordering, see <see cref="CompareTo"/>.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Ordering, see <see cref="CompareTo"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Ordering, see <see cref="CompareTo"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering, see <see cref="CompareTo"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}

/// <summary>How precisely a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year.</summary>
    Year,

    /// <summary>The year and month.</summary>
    Month,

    /// <summary>The full date.</summary>
    Day,
}
