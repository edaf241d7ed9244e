using System.Text.Json;

namespace Xdt.Admin.Validation;

/// <summary>Validates a new product (sku, title, price and stock required) or a partial update (at least one field).</summary>
public static class ProductInputValidator
{
    private static readonly string[] Fields = ["sku", "title", "description", "price", "stock", "image"];

    public static ProductChanges? ValidateCreate(JsonElement body, ValidationErrors errors) => Validate(body, errors, creating: true);

    public static ProductChanges? ValidatePatch(JsonElement body, ValidationErrors errors) => Validate(body, errors, creating: false);

    private static ProductChanges? Validate(JsonElement body, ValidationErrors errors, bool creating)
    {
        var reader = new JsonObjectReader(body, Fields, errors);
        if (!creating && reader.Count == 0 && errors.IsEmpty)
        {
            errors.Add("body", "Give at least one of: " + string.Join(", ", Fields) + ".");
        }

        string? sku = null, title = null, description = null, image = null;
        decimal? price = null;
        int? stock = null;

        if (reader.TryGetString("sku", creating, allowNull: false, out var skuValue))
        {
            sku = skuValue!;
            errors.AddIfAny("sku", FieldRules.Sku(sku));
        }

        if (reader.TryGetString("title", creating, allowNull: false, out var titleValue))
        {
            title = titleValue!.Trim();
            errors.AddIfAny("title", FieldRules.Text(title, FieldRules.MaxTitleLength, required: true));
        }

        if (reader.TryGetString("description", required: false, allowNull: false, out var descriptionValue))
        {
            description = descriptionValue!;
            errors.AddIfAny("description", FieldRules.Text(description, FieldRules.MaxDescriptionLength, required: false));
        }

        if (reader.TryGetDecimal("price", creating, out var priceValue))
        {
            price = priceValue;
            errors.AddIfAny("price", FieldRules.Price(priceValue));
        }

        if (reader.TryGetInt32("stock", creating, out var stockValue))
        {
            stock = stockValue;
            errors.AddIfAny("stock", FieldRules.Stock(stockValue));
        }

        var hasImage = reader.TryGetString("image", required: false, allowNull: true, out var imageValue);
        if (hasImage && !string.IsNullOrEmpty(imageValue))
        {
            image = imageValue.Trim();
            errors.AddIfAny("image", FieldRules.Image(image));
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        return new ProductChanges
        {
            Sku = sku,
            Title = title,
            Description = description ?? (creating ? string.Empty : null),
            Price = price,
            Stock = stock,
            HasImage = hasImage || creating,
            Image = image,
        };
    }
}
