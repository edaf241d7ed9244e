using System.Text.Json;

namespace Xdt.Admin.Validation;

public static class StoreInputValidator
{
    private static readonly string[] Fields = ["slug", "name", "customDomain", "currency"];

    public static StoreInput? Validate(JsonElement body, ValidationErrors errors)
    {
        var reader = new JsonObjectReader(body, Fields, errors);

        if (reader.TryGetString("slug", required: true, allowNull: false, out var slug))
        {
            errors.AddIfAny("slug", FieldRules.Slug(slug!));
        }

        if (reader.TryGetString("name", required: true, allowNull: false, out var name))
        {
            name = name!.Trim();
            errors.AddIfAny("name", FieldRules.Text(name, FieldRules.MaxNameLength, required: true));
        }

        // Host names are case-insensitive: store them lower-case so lookups by Host header are exact.
        if (reader.TryGetString("customDomain", required: false, allowNull: true, out var domain) && !string.IsNullOrEmpty(domain))
        {
            domain = domain.Trim().TrimEnd('.').ToLowerInvariant();
            errors.AddIfAny("customDomain", FieldRules.CustomDomain(domain));
        }

        if (reader.TryGetString("currency", required: true, allowNull: false, out var currency))
        {
            errors.AddIfAny("currency", FieldRules.Currency(currency!));
        }

        return errors.IsEmpty ? new StoreInput(slug!, name!, string.IsNullOrEmpty(domain) ? null : domain, currency!) : null;
    }
}
