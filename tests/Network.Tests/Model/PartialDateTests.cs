using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.Model;

public class PartialDateTests
{
    [TestCase("2023", "2023-01-01", "2023-12-31", DatePrecision.Year)]
    [TestCase("2023-09", "2023-09-01", "2023-09-30", DatePrecision.Month)]
    [TestCase("2024-02", "2024-02-01", "2024-02-29", DatePrecision.Month)]
    [TestCase("2023-09-03", "2023-09-03", "2023-09-03", DatePrecision.Day)]
    public void Parse_gives_the_interval_the_date_stands_for(string text, string earliest, string latest, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(date.Earliest, Is.EqualTo(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(date.Latest, Is.EqualTo(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(date.Precision, Is.EqualTo(precision));
            Assert.That(date.ToString(), Is.EqualTo(text));
        });
    }

    [TestCase("")]
    [TestCase("23")]
    [TestCase("2023-9")]
    [TestCase("2023-13")]
    [TestCase("2023-02-29")]
    [TestCase("2023-09-03T00:00")]
    [TestCase("abcd")]
    public void Parse_refuses_what_is_not_a_partial_date(string text)
    {
        Assert.That(PartialDate.TryParse(text, out _, out var reason), Is.False);
        Assert.That(reason, Does.Contain(text.Length == 0 ? "empty" : text));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Test]
    public void Ordering_puts_less_precise_dates_first_on_the_same_start()
    {
        var dates = new[] { "2023-01-01", "2023-01", "2022-12-31", "2023" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());
        Assert.That(dates, Is.EqualTo(new[] { "2022-12-31", "2023", "2023-01", "2023-01-01" }));
    }

    [Test]
    public void Period_contains_every_day_its_partial_ends_can_mean()
    {
        var period = new DatePeriod(PartialDate.Parse("2023-09"), PartialDate.Parse("2024"));
        Assert.Multiple(() =>
        {
            Assert.That(period.Contains(new DateOnly(2023, 9, 1)), Is.True);
            Assert.That(period.Contains(new DateOnly(2024, 12, 31)), Is.True);
            Assert.That(period.Contains(new DateOnly(2023, 8, 31)), Is.False);
            Assert.That(period.Contains(new DateOnly(2025, 1, 1)), Is.False);
            Assert.That(period.IsInverted, Is.False);
            Assert.That(new DatePeriod(PartialDate.Parse("2024"), PartialDate.Parse("2023-12")).IsInverted, Is.True);
            Assert.That(DatePeriod.Always.Contains(DateOnly.MinValue), Is.True);
        });
    }
}
