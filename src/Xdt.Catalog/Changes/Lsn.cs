using NpgsqlTypes;

namespace Xdt.Catalog.Changes;

/// <summary>Conversions between the numeric LSN of the change stream and PostgreSQL's "X/Y" text form.</summary>
public static class Lsn
{
    public static string Format(ulong lsn) => new NpgsqlLogSequenceNumber(lsn).ToString();

    public static bool TryParse(string? text, out ulong lsn)
    {
        if (!string.IsNullOrWhiteSpace(text) && NpgsqlLogSequenceNumber.TryParse(text.Trim(), out var parsed))
        {
            lsn = (ulong)parsed;
            return true;
        }

        lsn = 0;
        return false;
    }
}
