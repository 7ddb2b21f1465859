import { AppError } from '../errors/app-error';
import type { IakClient } from '../providers/iak';

/**
 * PLN prepaid inquiry before a token sale: the customer confirms the name and power on the meter
 * before paying. IAK's inquiry-pln is the one documented for it.
 */
export async function inquirePlnMeter(client: IakClient, meterInput: string): Promise<{ meter: string; name: string; tariff: string; power: string }> {
  const meter = meterInput.replace(/[\s-]/g, '');
  if (!/^\d{11,12}$/.test(meter)) throw new AppError('invalid_input', 'Nomor meter/ID pelanggan PLN harus 11 atau 12 angka.');
  const result = await client.inquiryPln(meter);
  if (!result.ok) throw new AppError(result.retryable ? 'provider_unavailable' : 'invalid_input', result.message);
  const [tariff = '', rawPower = ''] = result.value.segmentPower.split('/').map((part) => part.trim());
  const watts = Number(rawPower.replace(/\D/g, ''));
  return {
    // The number the customer gave (meter or customer id) is where the token goes; echo it back.
    meter,
    name: result.value.name,
    tariff,
    power: Number.isFinite(watts) && watts > 0 ? `${watts} VA` : rawPower,
  };
}
