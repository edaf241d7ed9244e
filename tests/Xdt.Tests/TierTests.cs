using System.Reflection;

namespace Xdt.Tests;

[Trait(Tier.Name, Tier.Unit)]
public sealed class TierTests
{
    [Fact]
    public void EveryTestClass_HasExactlyOneKnownTier()
    {
        string[] known = [Tier.Unit, Tier.Model, Tier.Integration, Tier.EndToEnd];
        var testClasses = typeof(TierTests).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>().Any()));

        var untiered = testClasses
            .Where(t => t.GetCustomAttributes<TraitAttribute>().Count() != 1
                || !t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(TraitAttribute)
                    && (string?)a.ConstructorArguments[0].Value == Tier.Name
                    && known.Contains((string?)a.ConstructorArguments[1].Value)))
            .Select(t => t.Name);

        Assert.Empty(untiered);
    }
}
