using System.Text.Json;
using Xdt.Admin.Validation;

namespace Xdt.Tests.Admin;

[Trait(Tier.Name, Tier.Unit)]
public sealed class InputValidatorTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void ValidateCreate_ManyBadFields_ListsEveryOne()
    {
        var errors = new ValidationErrors();
        var product = ProductInputValidator.ValidateCreate(
            Json("""{"sku":"bad sku","title":"","price":1.234,"stock":-2,"image":"javascript:x","colour":"red"}"""), errors);

        Assert.Null(product);
        Assert.Equal(["colour", "image", "price", "sku", "stock", "title"], errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void ValidateCreate_MissingRequiredAndWrongTypes_AreReported()
    {
        var errors = new ValidationErrors();
        ProductInputValidator.ValidateCreate(Json("""{"title":5,"price":"12","stock":1.5}"""), errors);

        Assert.Equal(["price", "sku", "stock", "title"], errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void ValidateCreate_ValidProduct_DefaultsDescriptionAndImage()
    {
        var errors = new ValidationErrors();
        var product = ProductInputValidator.ValidateCreate(Json("""{"sku":"A-1","title":" Tea ","price":12.5,"stock":3}"""), errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal("Tea", product!.Title);
        Assert.Equal(string.Empty, product.Description);
        Assert.True(product.HasImage);
        Assert.Null(product.Image);
    }

    [Fact]
    public void ValidatePatch_PriceOnly_ChangesOnlyPrice()
    {
        var errors = new ValidationErrors();
        var changes = ProductInputValidator.ValidatePatch(Json("""{"price":9.99}"""), errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(9.99m, changes!.Price);
        Assert.Null(changes.Sku);
        Assert.Null(changes.Title);
        Assert.Null(changes.Description);
        Assert.Null(changes.Stock);
        Assert.False(changes.HasImage);
    }

    [Fact]
    public void ValidatePatch_EmptyObject_IsRejected()
    {
        var errors = new ValidationErrors();
        Assert.Null(ProductInputValidator.ValidatePatch(Json("{}"), errors));
        Assert.True(errors.Contains("body"));
    }

    [Fact]
    public void ValidatePatch_NullImage_ClearsImage()
    {
        var errors = new ValidationErrors();
        var changes = ProductInputValidator.ValidatePatch(Json("""{"image":null}"""), errors);

        Assert.True(changes!.HasImage);
        Assert.Null(changes.Image);
    }

    [Fact]
    public void ValidatePatch_DuplicateField_IsRejected()
    {
        var errors = new ValidationErrors();
        Assert.Null(ProductInputValidator.ValidatePatch(Json("""{"price":1,"Price":2}"""), errors));
        Assert.True(errors.Contains("price"));
    }

    [Fact]
    public void ValidateStore_BadFields_ListsEveryOne()
    {
        var errors = new ValidationErrors();
        var store = StoreInputValidator.Validate(Json("""{"slug":"Bad Slug","name":"","currency":"eur","customDomain":"http://x.test","extra":1}"""), errors);

        Assert.Null(store);
        Assert.Equal(["currency", "customDomain", "extra", "name", "slug"], errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void ValidateStore_UpperCaseDomain_IsStoredLowerCase()
    {
        var errors = new ValidationErrors();
        var store = StoreInputValidator.Validate(Json("""{"slug":"tea","name":"Tea","currency":"CNY","customDomain":"Tea.Example.COM."}"""), errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal("tea.example.com", store!.CustomDomain);
    }
}
