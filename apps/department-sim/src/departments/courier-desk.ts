import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { TrackingEvent, TrackingState } from '@libs/departments/ports';

type Final = Extract<TrackingState, 'delivered' | 'damaged' | 'lost'>;

interface Waybill {
  waybillNo: string;
  createdAt: number;
  final: Final;
  courierAgentId: string;
}

/** The courier company the simulator plays. */
export const COURIER_NAME = '顺丰速运';

const ROUTE: TrackingState[] = ['created', 'picked_up', 'in_transit', 'out_for_delivery'];

/**
 * The courier: books pickups and shipments once per idempotency key, and moves each waybill through
 * realistic events (created, picked up, in transit, out for delivery, then delivered, damaged or lost).
 */
@Injectable()
export class CourierDesk {
  /** How long each tracking step takes; short in tests, set through the control API. */
  stepMs = 2_000;
  private readonly bookings = new Map<string, string>();
  private readonly waybills = new Map<string, Waybill>();

  handle(kind: string, requestId: string, payload: Record<string, unknown>): unknown {
    switch (kind) {
      case 'create-return-pickup':
        return { waybillNo: this.book(requestId) };
      case 'ship-replacement':
        // L-4: the courier names itself, so that the customer's SMS can.
        return { waybillNo: this.book(requestId), courierName: COURIER_NAME };
      case 'track-waybill':
        return this.track(String(payload.waybillNo ?? ''));
      default:
        throw new BadRequestException({ code: 'UNKNOWN_KIND', message: `the courier does not handle ${kind} as a short call` });
    }
  }

  /**
   * Decides how a waybill's journey ends (tests and demos). A waybill the courier has not seen yet is
   * a parcel the buyer hands over now: its journey starts here.
   */
  setOutcome(waybillNo: string, final: Final): void {
    const known = this.waybills.get(waybillNo);
    if (known) known.final = final;
    else this.waybills.set(waybillNo, { waybillNo, createdAt: Date.now(), final, courierAgentId: `CA-${String((this.waybills.size % 7) + 101)}` });
  }

  private book(key: string): string {
    const known = this.bookings.get(key);
    if (known) return known;
    const waybillNo = `SF${String(1_000_000_000 + this.waybills.size + 1)}`;
    this.waybills.set(waybillNo, { waybillNo, createdAt: Date.now(), final: 'delivered', courierAgentId: `CA-${String(this.waybills.size % 7 + 101)}` });
    this.bookings.set(key, waybillNo);
    return waybillNo;
  }

  private track(waybillNo: string): TrackingEvent[] {
    const waybill = this.waybill(waybillNo);
    const states = [...ROUTE, waybill.final];
    const reached = Math.min(states.length, 1 + Math.floor((Date.now() - waybill.createdAt) / this.stepMs));
    return states.slice(0, reached).map((state, i) => ({
      waybillNo,
      state,
      at: new Date(waybill.createdAt + i * this.stepMs).toISOString(),
      courierAgentId: waybill.courierAgentId,
    }));
  }

  private waybill(waybillNo: string): Waybill {
    const waybill = this.waybills.get(waybillNo);
    if (!waybill) throw new NotFoundException({ code: 'NOT_FOUND', message: `no waybill ${waybillNo}` });
    return waybill;
  }
}
