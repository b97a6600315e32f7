using Simore.Core.Identity;

namespace Simore.UnitTests.Identity;

public sealed class TotpTests
{
    // RFC 6238, appendix B: secret "12345678901234567890" (SHA-1); codes are the last six digits.
    private const string RfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [TestCase(59, "287082")]
    [TestCase(1111111109, "081804")]
    [TestCase(1234567890, "005924")]
    [TestCase(2000000000, "279037")]
    public void Codes_match_the_rfc_test_vectors(long unixSeconds, string expected) =>
        Assert.That(Totp.Code(RfcSecret, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)), Is.EqualTo(expected));

    [Test]
    public void A_key_that_is_not_base32_is_refused() =>
        Assert.Throws<FormatException>(() => Totp.Base32Decode("not base32!"));
}
