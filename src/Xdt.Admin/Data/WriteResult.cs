namespace Xdt.Admin.Data;

/// <summary>The outcome of one committed (or refused) write; <see cref="Bookmark"/> is the primary's LSN after the commit.</summary>
public sealed record WriteResult<T>(WriteStatus Status, T? Row, string? Bookmark, string? DuplicateField)
{
    public static WriteResult<T> NotFound { get; } = new(WriteStatus.NotFound, default, null, null);

    public static WriteResult<T> Duplicate(string field) => new(WriteStatus.Duplicate, default, null, field);
}
