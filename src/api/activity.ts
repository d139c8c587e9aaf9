/**
 * Whether the service is answering requests right now. Sign-ups come in bursts (a newsletter shared on
 * social media); their answers come first, and confirmation emails, which can wait a little, go out at a
 * slower pace until the burst is over.
 */
export class Activity {
  private inFlight = 0;
  private lastEnded = 0;

  started(): void {
    this.inFlight++;
  }

  ended(): void {
    this.inFlight--;
    this.lastEnded = performance.now();
  }

  /** A request is being answered, or one ended within the last 20 ms. */
  get busy(): boolean {
    return this.inFlight > 0 || performance.now() - this.lastEnded < 20;
  }
}
