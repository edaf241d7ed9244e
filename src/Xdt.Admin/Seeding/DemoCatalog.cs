namespace Xdt.Admin.Seeding;

/// <summary>The demo data: a tea-and-home store in CNY for the demo seller, a small EUR store for a second seller.</summary>
public static class DemoCatalog
{
    public static SeedStore DemoStore { get; } = new("demo", "Xdt Demo Store", "demo.xdt.test", "CNY",
    [
        new("TEA-LJ-250", "Longjing Green Tea", "Spring-picked Dragon Well from Hangzhou, pan-fired by hand. 250 g tin.", 168.00m, 42),
        new("TEA-PU-357", "Pu'er Cake 2018", "Aged raw pu'er from Yunnan, a classic 357 g cake wrapped in cotton paper.", 299.00m, 12),
        new("TEA-TG-100", "Tieguanyin Oolong", "Lightly roasted Anxi oolong with an orchid finish. 100 g vacuum packs.", 88.00m, 60),
        new("TEA-JS-50", "Jasmine Silver Needle", "White tea buds scented seven times with fresh jasmine flowers. 50 g.", 128.00m, 0),
        new("TEA-DH-200", "Da Hong Pao Rock Tea", "Wuyi mountain rock oolong, charcoal roasted, deep and mineral. 200 g.", 238.00m, 18),
        new("CUP-GW-01", "Gaiwan Celadon Set", "Longquan celadon lidded bowl with two tasting cups.", 158.00m, 25),
        new("CUP-YX-02", "Yixing Clay Teapot", "Zisha clay teapot, 180 ml, shaped and signed in Dingshu.", 468.00m, 6),
        new("CUP-GL-03", "Double-Wall Glass Mug", "Borosilicate glass mug with infuser, keeps hands cool. 350 ml.", 59.00m, 120),
        new("HOME-BB-01", "Bamboo Tea Tray", "Slatted bamboo gongfu tray with a hidden drip drawer.", 138.00m, 30),
        new("HOME-SL-02", "Silk Table Runner", "Suzhou silk brocade runner with a cloud pattern, 180 cm.", 199.00m, 9),
        new("HOME-LN-03", "Paper Lantern Pair", "Hand-painted rice paper lanterns with warm LED candles.", 76.00m, 40),
        new("HOME-IN-04", "Sandalwood Incense Coils", "Slow-burning coils, four hours each. Box of 48.", 45.00m, 75),
        new("FOOD-MC-01", "Mooncake Gift Box", "Six lotus-seed paste mooncakes with salted egg yolk.", 188.00m, 0),
        new("FOOD-HN-02", "Wildflower Honey", "Raw honey from the Qinling mountains. 500 g jar.", 68.00m, 55),
        new("FOOD-GJ-03", "Goji Berries", "Sun-dried Ningxia goji berries, premium grade. 250 g.", 39.90m, 90),
        new("FOOD-CH-04", "Sichuan Chili Crisp", "Crunchy chili oil with fermented black beans and peanuts. 2 × 210 g.", 32.50m, 200),
        new("FOOD-BS-05", "Bamboo Shoot Snacks", "Spicy pickled bamboo shoots in easy-open pouches. 12 pack.", 29.80m, 3),
        new("STAT-BR-01", "Calligraphy Brush Set", "Four wolf-hair brushes in sizes for characters large and small.", 96.00m, 22),
        new("STAT-IN-02", "Ink Stick and Stone", "Pine-soot ink stick with a Duan inkstone and lid.", 258.00m, 7),
        new("STAT-XP-03", "Xuan Paper Pack", "Half-ripe rice paper for painting and calligraphy. 100 sheets.", 84.00m, 35),
        new("WEAR-SC-01", "Silk Scarf Peony", "Mulberry silk scarf printed with peonies, 90 × 90 cm.", 328.00m, 14),
        new("WEAR-SL-02", "Cotton Slippers", "Hand-stitched cloth-sole slippers in indigo. Sizes 36-44.", 89.00m, 48),
        new("WEAR-FN-03", "Folding Fan Sandalwood", "Carved sandalwood fan with a silk tassel.", 58.00m, 0),
        new("GIFT-TB-01", "Tea Tasting Box", "Five teas from five provinces with a tasting guide.", 218.00m, 20),
    ]);

    public static SeedStore AcmeStore { get; } = new("acme", "Acme Traders", "acme.xdt.test", "EUR",
    [
        new("ACME-ANV-1", "Classic Anvil", "Forged steel anvil, 50 kg. Delivery by freight only.", 249.99m, 4),
        new("ACME-RKT-2", "Rocket Skates", "Self-propelled roller skates. Helmet strongly advised.", 1299.00m, 2),
        new("ACME-MAG-3", "Giant Magnet", "Horseshoe magnet with a 20 m reach.", 89.50m, 0),
        new("ACME-SPR-4", "Coil Spring Shoes", "Spring-loaded boots for long jumps.", 149.00m, 11),
    ]);
}
