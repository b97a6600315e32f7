using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Simore.Core;

namespace Simore.UnitTests.Operations;

public sealed class DataProtectionCertificateTests
{
    private const string ConnectionString = "Host=127.0.0.1;Database=simore;Username=simore_app";

    [Test]
    public void Without_a_certificate_keys_are_stored_unencrypted()
    {
        using var provider = Build(new Dictionary<string, string?>());

        Assert.That(provider.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlEncryptor, Is.Null);
    }

    [Test]
    public void With_a_certificate_file_keys_are_encrypted_and_can_be_read_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"simore-dp-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=simore-data-protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "secret"));
        }

        try
        {
            using var provider = Build(new Dictionary<string, string?>
            {
                ["DataProtection:CertificatePath"] = path,
                ["DataProtection:CertificatePassword"] = "secret",
            });
            var encryptor = provider.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlEncryptor;
            var key = new XElement("key", new XElement("secret", "the key material"));

            var encrypted = encryptor!.Encrypt(key);
            var decrypted = ((IXmlDecryptor)ActivatorUtilities.CreateInstance(provider, encrypted.DecryptorType)).Decrypt(encrypted.EncryptedElement);

            Assert.That(encrypted.EncryptedElement.ToString(), Does.Not.Contain("the key material"));
            Assert.That(XNode.DeepEquals(decrypted, key), Is.True, "the certificate from the file is used to decrypt too");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_missing_certificate_file_stops_the_start_with_its_setting_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = "/nowhere/keys.pfx",
        }));

        Assert.That(error!.Message, Does.Contain("DataProtection:CertificatePath").And.Contain("/nowhere/keys.pfx"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["ConnectionStrings:Simore"] = ConnectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSimoreCore(configuration).BuildServiceProvider();
    }
}
