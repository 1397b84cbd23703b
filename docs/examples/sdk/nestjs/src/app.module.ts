import { Controller, Get, Module } from '@nestjs/common';
import { Claims, CurrentUser, Groups, Public, UsersyncModule } from 'usersync/nestjs';
import type { User } from 'usersync';

@Controller()
export class AppController {
  @Public() @Get('health') health() {
    return { ok: true };
  }
  @Get('me') me(@CurrentUser() user: User, @Claims() claims: object) {
    return { email: user.email, claims };
  }
  @Groups('admin') @Get('admin') admin() {
    return { admin: true };
  }
}

@Module({ imports: [UsersyncModule.forRoot()], controllers: [AppController] })
export class AppModule {}
