namespace Xdt.Admin.Validation;

/// <summary>Collects every problem of a request body, so one 400 answer lists all bad fields at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Records <paramref name="error"/> when a field rule returned one.</summary>
    public void AddIfAny(string field, string? error)
    {
        if (error is not null)
        {
            Add(field, error);
        }
    }

    public bool Contains(string field) => _errors.ContainsKey(field);

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
