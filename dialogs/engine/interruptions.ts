import { msg } from '../../cards/view';
import type { Command } from '../commands';
import { menuList } from './menu';
import { WithParking } from './parking';

/** The words that work at every step: help, why, status, back, cancel, menu. */
export abstract class WithInterruptions extends WithParking {
  protected async onCommand(command: Command): Promise<void> {
    const run = this.run;
    switch (command) {
      case 'help':
        if (run) {
          this.say(msg(`${this.stepOf(run)}.help`, undefined, 'common.help.step'));
          this.say(msg('conversation.help.commands'));
        } else {
          // The example is a procedure this user may start, never one their roles refuse.
          const example = menuList(this.engine.list(), this.user)[0];
          this.say(msg(example ? 'common.help.menu' : 'common.help.menuNone', example ? { example: example.title } : undefined));
          this.show = 'menu';
        }
        return;
      case 'why':
        this.say(run ? msg(`${this.stepOf(run)}.why`, undefined, 'common.why.none') : msg('common.why.menu'));
        return;
      case 'status':
        if (run)
          this.say(
            msg('common.status.running', {
              procedure: run.def.title,
              step: msg(`${this.stepOf(run)}.name`, undefined, 'common.status.step'),
            }),
          );
        else {
          this.say(msg('common.status.idle'));
          this.show = 'menu';
        }
        if (this.record.parked?.length) this.say(msg('conversation.status.parked', { procedure: this.titleOf(this.record.parked[0]) }));
        return;
      case 'back':
        return this.back();
      case 'cancel':
      case 'menu':
        if (run) this.root.send({ type: 'ASK_DROP' });
        else if (command === 'cancel') {
          this.say(msg('common.nothingToCancel'));
          this.show = 'menu';
        } else {
          this.show = 'menu';
          this.menuAsked = true;
        }
        return;
    }
  }

  protected answerDrop(drop: boolean): void {
    const done = this.run?.rec.wall ? this.doneText(this.run.rec.wall.done) : undefined;
    this.root.send({ type: 'DROP_ANSWER', drop, ...(done ? { done } : {}) });
  }
}
