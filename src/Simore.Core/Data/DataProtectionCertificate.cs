using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace Simore.Core.Data;

/// <summary>
/// Encrypts the Data Protection keys kept in PostgreSQL with a certificate, when one is configured:
/// without it they are stored as plain XML, readable by whoever can read the table or a backup.
/// Certificates are loaded from files (a mounted secret), not from a certificate store, so they are
/// also given for decryption: the default resolver looks only in the stores.
/// </summary>
public static class DataProtectionCertificate
{
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        if (configuration["DataProtection:CertificatePath"] is not { Length: > 0 } path)
        {
            return builder;
        }

        var password = configuration["DataProtection:CertificatePassword"];
        var current = Load(path, password, "DataProtection:CertificatePath");
        var previous = (configuration["DataProtection:PreviousCertificatePaths"] ?? string.Empty)
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Load(p, password, "DataProtection:PreviousCertificatePaths"));
        return builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
    }

    private static X509Certificate2 Load(string path, string? password, string setting)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{setting}: no certificate file at '{path}'.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{setting}: the certificate at '{path}' has no private key (a .pfx/.p12 file with its key is needed).");
    }
}
