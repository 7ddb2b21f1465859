/**
 * SANDBOX-ONLY credentials for the Klikoo simulator. Generated once with node:crypto for Loket's
 * Sandbox mode and tests; they have never been registered with Klikoo and grant nothing anywhere.
 * Live mode takes the outlet's own client id, secret and RSA key from Settings (main process only).
 * DO NOT reuse this key pair for anything real.
 */
import type { KlikooCredentials } from './types';

const SANDBOX_ONLY_PRIVATE_KEY_PEM = `
-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCMrlY6SZOvZAOz
W9xu8gHi8gxyfdfCWY9u9rXUhvtUkPpELT05WJAsQRlxhiORnRzovN8DOyO0KKUq
q4fbycjka3gMmoq/0bY7wR6N63Gl1BjUHmlhMiwgo5D+XVizF949l9xmxtW/S43b
5rO5Bfuo5YR6nr9Fy4suGN+il9Ee0j4SiQrAtJlhaODKVbQ/WwXn3g8PrWxeowCy
bqG8Xq2ntXknD04nOcOQI+i+26mJIZvLLhBCRY+k19IYJnFFnuz+hwSsG7Sm+/42
t6JwP9xbvIIYlp0fMA6mGLSGu5VDdcbdN80iuchUFUZlzo/P7OEoO1PUne7P/nSN
NtLiAh8hAgMBAAECggEAI19gigZfDn4w2gPSgMj0BXrD+3O98P2w7X82CAqqnkBX
1RWk68rjcWUq/xrxzZa6IqD+2CKiHxYLNZfssKxjiV+mT1D6azHRRuQPiTK2oDIc
zhUZfRlu9AP8nKCfAWUSed05y1Pagd9++1hePzsMZJLVRTmuMV/1DnGtpYXTzJJE
Gou5zwWzuGhfjeyQORcWomGtGBD1aB4F1G27t5Qx6iV/xXgZbXPe4FLSbWY5ETBC
j8DuEH4RrbtfJwITHr+i5qFNPNQ2sa/IzmFr+dVBCc3I6IfpdYb/X0kKY0KJI31Q
pEtiwuVKpE9zyht0IaboHxLyQgAHvNCLfDLxLqWR4wKBgQDBc8QBLufbPDGKo0za
Hh7W3W77WgGmzh07sdcgiBJH9sTiefH/iDaW0QmovZxcF7UU9nyaDT/kOYU2YQCz
bphvKBBnrd86UGn63dW2B1B+IO52DO9Kkr+i1lM7z2OougofSwG48RV+wYyokSGy
ejIfsu3vvrF6/I31V9ZFVmSGIwKBgQC6KqUvL0QwzXqDHXSGjgZNs0iEvc2NypJW
p7h578frVD/MDG8USu4if3VuXefip3VurkwweE3KPppwHgD1o1fHNw0vMdZ62jW5
pQyMDDNgU3pS0eNV+Z9g4MizQbPvFY7q+j5bvt2M3sGxJ+cAiVRpe0hKSjoSRBz/
TUOSz3xf6wKBgQCTNxbU064rv23wE/97CWrslkxLyR3yo23JrLeKkSJgU2FW+/f2
PuFT+jYAjHK9/miWUFFYJncVpdRDIqSW57Xm+TUqwT1cMi/EciadRImzwjnV6lf7
hxuAvttOa69qilEDqV/hLs3tzTrOWMus96LHTrIVPSfw8NrS9wofb/RFwwKBgCxT
/TMoCQ+pzbMsr1NevAeCWhEpdKl/g6rYkueN/cd+LxayGzz0vpE+UkLuX0mr4B1z
qTadXsB6eaGas1XKCBuqcxw6vLxR+xryPvOV8CHOnsDbs0sEfju+KmvsiCC0vGwd
G/4Si4SAghRh0PJiwNPBBCyUUhGJYHI1/pIVj6LzAoGBAJZcThoKdoq2MiVcBWzl
qI3GsuKRhyIRAC/V3BwJANurFzy5HfvzHDL1SI7wsfUwokxMjvWpL5/Tviar/U5T
BvQ6Ui7PuWQWfdeos7vfLhacgR8h/9mGnaDiJ86vPpC2K6VDzGxvq/Y5iLr0Yt97
umY4d5tuCkqp8cZzWufBM6ek
-----END PRIVATE KEY-----
`.trim();

export const klikooSandboxCredentials: Readonly<KlikooCredentials> = Object.freeze({
  clientId: '57da8e3a-2a4a-4250-9a0f-d16fb2f6a547',
  clientSecret: 'sandbox-only-klikoo-secret-00001',
  privateKeyPem: SANDBOX_ONLY_PRIVATE_KEY_PEM,
});
